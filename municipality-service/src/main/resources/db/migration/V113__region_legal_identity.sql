-- The pool as a legal party: the body that carries a region's pool (a county office, Koordinationsstelle of the
-- Landkreis, or a municipal GmbH whose shareholders are the members), as its invoices name it when it pays or is paid
-- in the multilateral netting. Kept by the region's coordinator.
create table region_legal_identity (
    region_id     uuid primary key references region (id),
    legal_name    text not null check (length(btrim(legal_name)) > 0),
    legal_form    text not null check (legal_form in ('COUNTY_OFFICE', 'GMBH')),
    street        text not null check (length(btrim(street)) > 0),
    postal_code   text not null check (postal_code ~ '^[0-9]{5}$'),
    city          text not null check (length(btrim(city)) > 0),
    leitweg_id    text not null,
    tax_number    text,
    vat_id        text check (vat_id is null or vat_id ~ '^DE[0-9]{9}$'),
    iban          text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    bic           text check (bic is null or bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    contact_email text not null,
    contact_phone text,
    updated_at    timestamptz not null default now(),
    updated_by    text not null
);
