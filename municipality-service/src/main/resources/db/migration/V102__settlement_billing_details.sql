-- Billing details a member needs as the seller of an XRechnung: tax number or VAT id (for taxable water-supply
-- services) and the account the buyer pays to.
alter table settlement_tax_registration drop constraint if exists settlement_tax_registration_check;
alter table settlement_tax_registration
    add column iban text,
    add column bic text,
    add constraint settlement_tax_registration_iban check (iban is null or iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),
    add constraint settlement_tax_registration_bic check (bic is null or bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
    add constraint settlement_tax_registration_something check (tax_number is not null or vat_id is not null or iban is not null);
