-- The demo county's flushing demands for next year (docs/FLUSHING.md, docs/DEMO.md): three members without a flushing
-- vehicle of their own post their wastewater demand in hours, the unit of the demo catalog's flushing services
-- (8 hours a day). Repeatable and idempotent (fixed ids); the coordinator turns the plan into a campaign in the portal.
insert into flushing_demand (id, region_id, member_id, year, sector, unit, quantity, settlement_mode, preferred_months,
                             sites, note, created_by, created_at, updated_at)
select d.id::uuid, '00000000-0000-4000-a000-000000000001', d.member::uuid,
       extract(year from now() at time zone 'Europe/Berlin')::int + 1, 'WASTEWATER', 'HOUR', d.quantity,
       d.mode, d.months::integer[], d.sites::jsonb, d.note, 'demo', now(), now()
from (values
    ('00000000-0000-4000-f100-000000000001', '00000000-0000-4000-b000-000000000007', 40, 'MONETARY', '{4,5}',
     '[{"name":"Ortsnetz Wanfried","latitude":51.1822,"longitude":10.1747,"quantity":24},
       {"name":"Altenburschla","latitude":51.1600,"longitude":10.1350,"quantity":16}]', 'Haltungen laut Spülplan 2024'),
    ('00000000-0000-4000-f100-000000000002', '00000000-0000-4000-b000-000000000004', 32, 'NON_MONETARY', '{5}',
     '[{"name":"Kernstadt Sontra","latitude":51.0647,"longitude":9.9372,"quantity":32}]', null),
    ('00000000-0000-4000-f100-000000000003', '00000000-0000-4000-b000-000000000008', 24, 'MONETARY', '{9,10}',
     '[{"name":"Kernstadt Waldkappel","latitude":51.1447,"longitude":9.8772,"quantity":16},
       {"name":"Bischhausen","latitude":51.1330,"longitude":9.9000,"quantity":8}]', null)
) as d(id, member, quantity, mode, months, sites, note)
on conflict do nothing;
