-- Counties set up through the API: a region is ACTIVE or DEACTIVATED (a deactivated region admits no members and
-- takes no new bookings; its data stays for settlement), and every person belongs to a region. A coordinator may be a
-- person of the region who acts for no member (created with the region by the platform operator); everybody else is
-- a person of a member of the same region, which the database holds with a foreign key over (member, region).

alter table region
    add column status         text not null default 'ACTIVE' check (status in ('ACTIVE', 'DEACTIVATED')),
    add column deactivated_at timestamptz,
    add column version        bigint not null default 0,
    add constraint region_deactivated_consistent check ((status = 'DEACTIVATED') = (deactivated_at is not null)),
    add constraint region_name_not_blank check (length(btrim(name)) > 0);

alter table member add constraint member_id_in_region unique (id, region_id);

alter table app_user add column region_id uuid references region (id);
update app_user u set region_id = m.region_id from member m where m.id = u.member_id;
alter table app_user
    alter column region_id set not null,
    alter column member_id drop not null,
    add constraint app_user_member_in_region foreign key (member_id, region_id) references member (id, region_id),
    add constraint app_user_without_member_is_coordinator check (member_id is not null or roles = array['coordinator']);
create index app_user_region_coordinators on app_user (region_id) where member_id is null;
