-- Demo county Werra-Meißner-Kreis (docs/DEMO.md): 19 members with depots, a person and an API client per member and
-- role, the coordinator of member 1, rates and settlement terms from 2025 to the next year, and the member-events that
-- tell the other services about them. The two regions themselves are not written here: the stack launcher creates
-- them through the API (PUT /regions/{id} as the platform operator, deploy/stack DemoRegions) before this script runs.
-- Idempotent: fixed ids, "on conflict do nothing"; rates of a closed year are left alone.
-- All passwords and client secrets are 'demo-secret' (demo only). Their PBKDF2-SHA256 hashes were precomputed with
-- 10,000 iterations: the secret is published, so a slow hash would protect nothing and only slow the demo's token
-- requests; credentials created through the API use the configured count (600,000).

do $$
begin
    if (select count(*) from region where id in ('00000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002')) < 2 then
        raise exception 'The demo regions are missing: the stack launcher creates them with PUT /regions/{id} before the demo data (docs/DEMO.md)';
    end if;
end $$;

insert into member (id, region_id, name, kind, sectors, leitweg_id, status, contact_email, contact_phone, street, postal_code, city, joined_at) values
    ('00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Kreisstadt Eschwege', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636003-78', 'ACTIVE', 'bauhof@eschwege.example', '+49 5651 304-0', 'Obermarkt 22', '37269', 'Eschwege', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', 'Stadt Witzenhausen', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636018-33', 'ACTIVE', 'bauhof@witzenhausen.example', '+49 5542 508-0', 'Am Markt 1', '37213', 'Witzenhausen', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', 'Stadt Hessisch Lichtenau', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636007-66', 'ACTIVE', 'bauhof@hessisch-lichtenau.example', '+49 5602 807-0', 'Landgrafenstraße 52', '37235', 'Hessisch Lichtenau', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', 'Stadt Sontra', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636013-48', 'ACTIVE', 'bauhof@sontra.example', '+49 5653 9737-0', 'Marktplatz 8', '36205', 'Sontra', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', 'Stadt Bad Sooden-Allendorf', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636001-84', 'ACTIVE', 'bauhof@bad-sooden-allendorf.example', '+49 5652 958-0', 'Kirchstraße 29', '37242', 'Bad Sooden-Allendorf', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000006', '00000000-0000-4000-a000-000000000001', 'Stadt Großalmerode', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636005-72', 'ACTIVE', 'bauhof@grossalmerode.example', '+49 5604 9335-0', 'Marktplatz 1', '37247', 'Großalmerode', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000007', '00000000-0000-4000-a000-000000000001', 'Stadt Wanfried', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636016-39', 'ACTIVE', 'bauhof@wanfried.example', '+49 5655 9894-0', 'Marktstraße 2', '37281', 'Wanfried', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000008', '00000000-0000-4000-a000-000000000001', 'Stadt Waldkappel', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636015-42', 'ACTIVE', 'bauhof@waldkappel.example', '+49 5656 9898-0', 'Leipziger Straße 4', '37284', 'Waldkappel', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000009', '00000000-0000-4000-a000-000000000001', 'Gemeinde Herleshausen', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636006-69', 'ACTIVE', 'bauhof@herleshausen.example', '+49 5654 9895-0', 'Bahnhofstraße 15', '37293', 'Herleshausen', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000010', '00000000-0000-4000-a000-000000000001', 'Gemeinde Meinhard', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636009-60', 'ACTIVE', 'bauhof@meinhard.example', '+49 5651 7479-0', 'Schlossstraße 15', '37276', 'Meinhard', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000011', '00000000-0000-4000-a000-000000000001', 'Gemeinde Wehretal', 'MUNICIPALITY', '{WATER_SUPPLY}', '06636017-36', 'ACTIVE', 'bauhof@wehretal.example', '+49 5651 9508-0', 'Schulstraße 5', '37287', 'Wehretal', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000012', '00000000-0000-4000-a000-000000000001', 'Gemeinde Berkatal', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636002-81', 'ACTIVE', 'bauhof@berkatal.example', '+49 5657 9896-0', 'Bergstraße 2', '37297', 'Berkatal', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000013', '00000000-0000-4000-a000-000000000001', 'Gemeinde Meißner', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636010-57', 'ACTIVE', 'bauhof@meissner.example', '+49 5657 9890-0', 'Brückenstraße 2', '37290', 'Meißner', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000014', '00000000-0000-4000-a000-000000000001', 'Gemeinde Neu-Eichenberg', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636011-54', 'ACTIVE', 'bauhof@neu-eichenberg.example', '+49 5504 9383-0', 'Kirchweg 3', '37249', 'Neu-Eichenberg', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000015', '00000000-0000-4000-a000-000000000001', 'Gemeinde Ringgau', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636012-51', 'ACTIVE', 'bauhof@ringgau.example', '+49 5659 9701-0', 'Kirchstraße 2', '37296', 'Ringgau', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000016', '00000000-0000-4000-a000-000000000001', 'Gemeinde Weißenborn', 'MUNICIPALITY', '{WATER_SUPPLY,WASTEWATER}', '06636014-45', 'ACTIVE', 'bauhof@weissenborn.example', '+49 5659 9200-0', 'Hauptstraße 1', '37299', 'Weißenborn', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000017', '00000000-0000-4000-a000-000000000001', 'Stadtwerke Eschwege GmbH', 'STADTWERKE', '{WATER_SUPPLY}', '06636003-SWE-24', 'ACTIVE', 'bauhof@stadtwerke-eschwege.example', '+49 5651 807-0', 'Schlossplatz 1', '37269', 'Eschwege', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000018', '00000000-0000-4000-a000-000000000001', 'Abwasserverband Wehretal', 'ZWECKVERBAND', '{WASTEWATER}', '06636017-AVW-10', 'ACTIVE', 'bauhof@av-wehretal.example', '+49 5651 9508-50', 'Am Klärwerk 1', '37287', 'Wehretal', '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-b000-000000000019', '00000000-0000-4000-a000-000000000001', 'Eigenbetrieb Abwasser Witzenhausen', 'EIGENBETRIEB', '{WASTEWATER}', '06636018-EBA-67', 'ACTIVE', 'bauhof@ea-witzenhausen.example', '+49 5542 508-60', 'Am Klärwerk 3', '37213', 'Witzenhausen', '2026-01-05T08:00:00Z')
on conflict do nothing;

insert into depot (id, member_id, name, latitude, longitude, street, postal_code, city) values
    ('00000000-0000-4000-d000-000000000001', '00000000-0000-4000-b000-000000000001', 'Bauhof Eschwege', 51.1880, 10.0528, 'Obermarkt 22', '37269', 'Eschwege'),
    ('00000000-0000-4000-d000-000000000002', '00000000-0000-4000-b000-000000000002', 'Bauhof Witzenhausen', 51.3418, 9.8567, 'Am Markt 1', '37213', 'Witzenhausen'),
    ('00000000-0000-4000-d000-000000000003', '00000000-0000-4000-b000-000000000003', 'Bauhof Hessisch Lichtenau', 51.1997, 9.7197, 'Landgrafenstraße 52', '37235', 'Hessisch Lichtenau'),
    ('00000000-0000-4000-d000-000000000004', '00000000-0000-4000-b000-000000000004', 'Bauhof Sontra', 51.0647, 9.9372, 'Marktplatz 8', '36205', 'Sontra'),
    ('00000000-0000-4000-d000-000000000005', '00000000-0000-4000-b000-000000000005', 'Bauhof Bad Sooden-Allendorf', 51.2703, 9.9722, 'Kirchstraße 29', '37242', 'Bad Sooden-Allendorf'),
    ('00000000-0000-4000-d000-000000000006', '00000000-0000-4000-b000-000000000006', 'Bauhof Großalmerode', 51.2583, 9.7847, 'Marktplatz 1', '37247', 'Großalmerode'),
    ('00000000-0000-4000-d000-000000000007', '00000000-0000-4000-b000-000000000007', 'Bauhof Wanfried', 51.1822, 10.1747, 'Marktstraße 2', '37281', 'Wanfried'),
    ('00000000-0000-4000-d000-000000000008', '00000000-0000-4000-b000-000000000008', 'Bauhof Waldkappel', 51.1447, 9.8772, 'Leipziger Straße 4', '37284', 'Waldkappel'),
    ('00000000-0000-4000-d000-000000000009', '00000000-0000-4000-b000-000000000009', 'Bauhof Herleshausen', 51.0083, 10.1667, 'Bahnhofstraße 15', '37293', 'Herleshausen'),
    ('00000000-0000-4000-d000-000000000010', '00000000-0000-4000-b000-000000000010', 'Bauhof Meinhard', 51.2103, 10.0267, 'Schlossstraße 15', '37276', 'Meinhard'),
    ('00000000-0000-4000-d000-000000000011', '00000000-0000-4000-b000-000000000011', 'Bauhof Wehretal', 51.1480, 10.0050, 'Schulstraße 5', '37287', 'Wehretal'),
    ('00000000-0000-4000-d000-000000000012', '00000000-0000-4000-b000-000000000012', 'Bauhof Berkatal', 51.2375, 9.8647, 'Bergstraße 2', '37297', 'Berkatal'),
    ('00000000-0000-4000-d000-000000000013', '00000000-0000-4000-b000-000000000013', 'Bauhof Meißner', 51.2192, 9.9264, 'Brückenstraße 2', '37290', 'Meißner'),
    ('00000000-0000-4000-d000-000000000014', '00000000-0000-4000-b000-000000000014', 'Bauhof Neu-Eichenberg', 51.3858, 9.9142, 'Kirchweg 3', '37249', 'Neu-Eichenberg'),
    ('00000000-0000-4000-d000-000000000015', '00000000-0000-4000-b000-000000000015', 'Bauhof Ringgau', 51.0817, 10.0633, 'Kirchstraße 2', '37296', 'Ringgau'),
    ('00000000-0000-4000-d000-000000000016', '00000000-0000-4000-b000-000000000016', 'Bauhof Weißenborn', 51.1211, 10.1228, 'Hauptstraße 1', '37299', 'Weißenborn'),
    ('00000000-0000-4000-d000-000000000017', '00000000-0000-4000-b000-000000000017', 'Wasserwerk Stadtwerke Eschwege', 51.1905, 10.0600, 'Schlossplatz 1', '37269', 'Eschwege'),
    ('00000000-0000-4000-d000-000000000018', '00000000-0000-4000-b000-000000000018', 'Klärwerk Wehretal', 51.1500, 10.0100, 'Am Klärwerk 1', '37287', 'Wehretal'),
    ('00000000-0000-4000-d000-000000000019', '00000000-0000-4000-b000-000000000019', 'Klärwerk Witzenhausen', 51.3350, 9.8650, 'Am Klärwerk 3', '37213', 'Witzenhausen')
on conflict do nothing;

insert into app_user (id, member_id, region_id, name, email, roles, password_hash, active, created_at) values
    ('00000000-0000-4000-c001-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Disposition Eschwege', 'dispatcher@eschwege.demo', '{dispatcher}', 'pbkdf2-sha256$10000$mSL/vRFG4xrkqEISnxYLBQ$KznA1XPeL5cKlvu0fEXW6McU304gkoYkV10ModvGFqo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Bauhof Eschwege', 'works-staff@eschwege.demo', '{works-staff}', 'pbkdf2-sha256$10000$ls4KjALC1zXEtoJBmUyICA$Q7RVQiHfasObWlDvd98dIipIimlHSDnZsgXGxRp/El4', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Kämmerei Eschwege', 'accounting@eschwege.demo', '{accounting}', 'pbkdf2-sha256$10000$HtzpCcXElHowvddonhNZ8A$y4RQY3p4dOoYltptSftsdqrp3IJFBXerVvX3FkEloIE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Verwaltung Eschwege', 'member-admin@eschwege.demo', '{member-admin}', 'pbkdf2-sha256$10000$0jgHzrYAa0YmjCqYqdJbSg$egbjSvGj3e3PreOyKCa5noTXZh2qnnq4vwb05hB5SEQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000002', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', 'Disposition Witzenhausen', 'dispatcher@witzenhausen.demo', '{dispatcher}', 'pbkdf2-sha256$10000$svmszGcAKSByhwae/9UPXA$ZY4MZbxFjdpJzi/i5xbc6nuhZUnPTrdZQpvZMM6POLo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000002', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', 'Bauhof Witzenhausen', 'works-staff@witzenhausen.demo', '{works-staff}', 'pbkdf2-sha256$10000$NMnyWSf7eMEpDM3EdtuOsw$EU+214LhS+JAHh+YAIL4a+OXvb6UoCTd0tSk00dja30', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000002', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', 'Kämmerei Witzenhausen', 'accounting@witzenhausen.demo', '{accounting}', 'pbkdf2-sha256$10000$F9C//y0UJ3DuuR+9EMVq3w$vypt+zQDst4ND29zXx+n3TWGoG0Z8Kg6+J5Bsglnl1c', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000002', '00000000-0000-4000-b000-000000000002', '00000000-0000-4000-a000-000000000001', 'Verwaltung Witzenhausen', 'member-admin@witzenhausen.demo', '{member-admin}', 'pbkdf2-sha256$10000$kWLF2zKuUFyZvZl3Rz4W6w$rT6yTCOY1brHDwH8ZKba4muo2yQGMVJV1z0/9NyNpiM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000003', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', 'Disposition Hessisch Lichtenau', 'dispatcher@hessisch-lichtenau.demo', '{dispatcher}', 'pbkdf2-sha256$10000$CoayBC1FTW80xxJi4r0Eag$PkkZ8hcOSwLAvH0olZckbxwSjoxSsWIJdjxmNMusUy4', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000003', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', 'Bauhof Hessisch Lichtenau', 'works-staff@hessisch-lichtenau.demo', '{works-staff}', 'pbkdf2-sha256$10000$3Ggn/N6pX5zebaPENRguUw$YaZpY7/QWM4ZqTaH9OXQSJjEAtn1xG/TvBK7ZzQCcD8', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000003', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', 'Kämmerei Hessisch Lichtenau', 'accounting@hessisch-lichtenau.demo', '{accounting}', 'pbkdf2-sha256$10000$8rrGnRGTlid2cUpxA81sqA$jrJDEtXmkxYgU+6oV6dOiGMUzOMnAXDqQ8ioZvF7jFw', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000003', '00000000-0000-4000-b000-000000000003', '00000000-0000-4000-a000-000000000001', 'Verwaltung Hessisch Lichtenau', 'member-admin@hessisch-lichtenau.demo', '{member-admin}', 'pbkdf2-sha256$10000$4pGqs43aJeoVg3fkZj8XMA$0tnQjHAdI6mtPD7X5myvNIeVxsPRefWu/oYG0pxt1Ng', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000004', '00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', 'Disposition Sontra', 'dispatcher@sontra.demo', '{dispatcher}', 'pbkdf2-sha256$10000$Dxly7DZs2x/alWH/23GlDw$9CUxAyYDNUdPY3ptlJqIoxRrAR+GBKdAzaX4kSAyL9w', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000004', '00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', 'Bauhof Sontra', 'works-staff@sontra.demo', '{works-staff}', 'pbkdf2-sha256$10000$HqvbwVVzn24fY7/jXFXbNw$gOJs8NGB7KQrWJmu0uvUunqfDlrMC/5yCfkmhtxvw/k', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000004', '00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', 'Kämmerei Sontra', 'accounting@sontra.demo', '{accounting}', 'pbkdf2-sha256$10000$31IhvdiIk94Movz6IMMTaQ$w6/4ARxl0WcpcuBHWF2OehtU5jeDpUi0K5ZkKPu4xqw', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000004', '00000000-0000-4000-b000-000000000004', '00000000-0000-4000-a000-000000000001', 'Verwaltung Sontra', 'member-admin@sontra.demo', '{member-admin}', 'pbkdf2-sha256$10000$gtzoDzS7/G/bkVXfVvGiXg$8qoN/qD3e/IJ6DyhVkBZau7sKK8GsdQYzUsN6MpUMgY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000005', '00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', 'Disposition Bad Sooden-Allendorf', 'dispatcher@bad-sooden-allendorf.demo', '{dispatcher}', 'pbkdf2-sha256$10000$OqtEevOT1Ga5lLVWZSRMag$sSyIT4w8Y2lUyoHwJIJQ2on4BjUUvpBFQB1o5+rILNY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000005', '00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', 'Bauhof Bad Sooden-Allendorf', 'works-staff@bad-sooden-allendorf.demo', '{works-staff}', 'pbkdf2-sha256$10000$K1CTCmEHBOksrWbMrQgjNA$v2dB19hqk9TSDE7tpU6DZ2yFDIL6TitAduQgF3Q9API', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000005', '00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', 'Kämmerei Bad Sooden-Allendorf', 'accounting@bad-sooden-allendorf.demo', '{accounting}', 'pbkdf2-sha256$10000$O50q5s+geuxRxnRkRN3AQg$8ncqnsm1QOVJn4DxGwKF132aTEKe4szMXvImcaQtlgY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000005', '00000000-0000-4000-b000-000000000005', '00000000-0000-4000-a000-000000000001', 'Verwaltung Bad Sooden-Allendorf', 'member-admin@bad-sooden-allendorf.demo', '{member-admin}', 'pbkdf2-sha256$10000$uH9SJBGlTreebjbq95p6nA$Jy5LSSSxcxFh1SWelK2b7QlhlRvzLKOzYuy9I2ngHLE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000006', '00000000-0000-4000-b000-000000000006', '00000000-0000-4000-a000-000000000001', 'Disposition Großalmerode', 'dispatcher@grossalmerode.demo', '{dispatcher}', 'pbkdf2-sha256$10000$+RbUfZndpp0nM649M8APCg$Y5Bw9nScG0Edlk/9GYhCcWzeBZUdQFnzWiyWkZsf+KE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000006', '00000000-0000-4000-b000-000000000006', '00000000-0000-4000-a000-000000000001', 'Bauhof Großalmerode', 'works-staff@grossalmerode.demo', '{works-staff}', 'pbkdf2-sha256$10000$bDqLn+zVCkhWHTK4qFNyRA$14JyU67D3IunKCjLCyU0z7kc4JWjMLsL2qAU/u5TdoE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000006', '00000000-0000-4000-b000-000000000006', '00000000-0000-4000-a000-000000000001', 'Kämmerei Großalmerode', 'accounting@grossalmerode.demo', '{accounting}', 'pbkdf2-sha256$10000$P/7zSYu08yEh9hkyV+jCuQ$UyopNCL9IJM2QtFkzji8FT+jJLHV5C51gv7QD5sZMRQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000006', '00000000-0000-4000-b000-000000000006', '00000000-0000-4000-a000-000000000001', 'Verwaltung Großalmerode', 'member-admin@grossalmerode.demo', '{member-admin}', 'pbkdf2-sha256$10000$Y6n5bmsJPGmFKpZhLPLo6w$CoFgo+TH0PwACqJNAX9Q3eotywJ01/l7u5BjBKJ/OVM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000007', '00000000-0000-4000-b000-000000000007', '00000000-0000-4000-a000-000000000001', 'Disposition Wanfried', 'dispatcher@wanfried.demo', '{dispatcher}', 'pbkdf2-sha256$10000$TKp/WYbTi2ZKVMxdv4w0Kg$TZIwn5cLPbolqz2WBKwf8zYpyJ+mi+JUats9De/I/XY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000007', '00000000-0000-4000-b000-000000000007', '00000000-0000-4000-a000-000000000001', 'Bauhof Wanfried', 'works-staff@wanfried.demo', '{works-staff}', 'pbkdf2-sha256$10000$XNhX8pJZD3Hg/X6ir+3O0g$P0jMUHfQJ7+HBNO6TNFBgaTGWjJ+2bLx2bWjiLdjIG8', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000007', '00000000-0000-4000-b000-000000000007', '00000000-0000-4000-a000-000000000001', 'Kämmerei Wanfried', 'accounting@wanfried.demo', '{accounting}', 'pbkdf2-sha256$10000$yyYQetyYOzYYHuOC68VuXQ$VSIGO362U2yKWBtA+bmX70Ov88TOuKm1jIWWoHA4iFI', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000007', '00000000-0000-4000-b000-000000000007', '00000000-0000-4000-a000-000000000001', 'Verwaltung Wanfried', 'member-admin@wanfried.demo', '{member-admin}', 'pbkdf2-sha256$10000$BkSa1ViHyKgdQGvktCjs3A$LDPo4tAsZ6uNc+2XdSbIIc8+ZNcrX4dya3bS1pm6MxA', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000008', '00000000-0000-4000-b000-000000000008', '00000000-0000-4000-a000-000000000001', 'Disposition Waldkappel', 'dispatcher@waldkappel.demo', '{dispatcher}', 'pbkdf2-sha256$10000$RxwdCHLLy2Z7NCT3+IAonw$CH47rCiy/k9RXI/vhFR2o3jYThGjliFtdxlqezLvWDg', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000008', '00000000-0000-4000-b000-000000000008', '00000000-0000-4000-a000-000000000001', 'Bauhof Waldkappel', 'works-staff@waldkappel.demo', '{works-staff}', 'pbkdf2-sha256$10000$z1mf48G0ghf8R1P9P6cvkw$c6tVT3h/E0hjEOxHN/ao8sTXtqIWNf2EwHOcGk+EK4M', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000008', '00000000-0000-4000-b000-000000000008', '00000000-0000-4000-a000-000000000001', 'Kämmerei Waldkappel', 'accounting@waldkappel.demo', '{accounting}', 'pbkdf2-sha256$10000$greg0oG7Twh92TQrY51ugg$R+tOkGyuhQVx2FzKjTHfMWhqtMvvfq35zikC5a/vISU', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000008', '00000000-0000-4000-b000-000000000008', '00000000-0000-4000-a000-000000000001', 'Verwaltung Waldkappel', 'member-admin@waldkappel.demo', '{member-admin}', 'pbkdf2-sha256$10000$XK+mz59+mLxa2sEwTc+4KQ$9tzvmEmneMKtXR5D5E9RCicjYOLyadtIv3b7nwYH9YI', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000009', '00000000-0000-4000-b000-000000000009', '00000000-0000-4000-a000-000000000001', 'Disposition Herleshausen', 'dispatcher@herleshausen.demo', '{dispatcher}', 'pbkdf2-sha256$10000$PTBUFMK2YJR5Gc5hk6MWkw$Lxw6mABTWSFsJph0W3ESAnVrNJQfDCZm2j24VudFgdA', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000009', '00000000-0000-4000-b000-000000000009', '00000000-0000-4000-a000-000000000001', 'Bauhof Herleshausen', 'works-staff@herleshausen.demo', '{works-staff}', 'pbkdf2-sha256$10000$I7nzcjqmvUA95pARZrcVUQ$cHl/639MFI/VCfvmUfBR7HSpp86PFkkbQ5lmpbvhqlE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000009', '00000000-0000-4000-b000-000000000009', '00000000-0000-4000-a000-000000000001', 'Kämmerei Herleshausen', 'accounting@herleshausen.demo', '{accounting}', 'pbkdf2-sha256$10000$U8V56Bj/VUtaSGk28Ry7TQ$5/YnpIIyYqN4Djt94Dj8Rwi8Ddc8EIjLgnR+a3hPUJk', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000009', '00000000-0000-4000-b000-000000000009', '00000000-0000-4000-a000-000000000001', 'Verwaltung Herleshausen', 'member-admin@herleshausen.demo', '{member-admin}', 'pbkdf2-sha256$10000$3lCDVqWPyL0LA1lijznO5A$AaxCTaSEry6ZxLfw0m7R92jxAOQUTzWSN0dBe61QX48', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000010', '00000000-0000-4000-b000-000000000010', '00000000-0000-4000-a000-000000000001', 'Disposition Meinhard', 'dispatcher@meinhard.demo', '{dispatcher}', 'pbkdf2-sha256$10000$T5FRaus3Fbcyiikqi5+rNA$NGfc74k1nGbld4aGLUx8jadA7zp+dp19L8dgFEYh1Wg', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000010', '00000000-0000-4000-b000-000000000010', '00000000-0000-4000-a000-000000000001', 'Bauhof Meinhard', 'works-staff@meinhard.demo', '{works-staff}', 'pbkdf2-sha256$10000$zMXVb4sqe/VbrDtXO6IRKw$PmnzMRkWZBLS7PedDtA5K/r3cWMhF2heuXPw4Ha7D94', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000010', '00000000-0000-4000-b000-000000000010', '00000000-0000-4000-a000-000000000001', 'Kämmerei Meinhard', 'accounting@meinhard.demo', '{accounting}', 'pbkdf2-sha256$10000$siIYjhdVrQIjVytUykjdjg$N/FdEqJh+sXXCgBnEK/4TQSP2oF2fP2vfyxruPDvStQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000010', '00000000-0000-4000-b000-000000000010', '00000000-0000-4000-a000-000000000001', 'Verwaltung Meinhard', 'member-admin@meinhard.demo', '{member-admin}', 'pbkdf2-sha256$10000$eONAApYonJ3G6+liovdWJg$5VBtO70h+B+Pk4fVhA4NKYNAOe9xcHHA+VRz5VkiNtU', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000011', '00000000-0000-4000-b000-000000000011', '00000000-0000-4000-a000-000000000001', 'Disposition Wehretal', 'dispatcher@wehretal.demo', '{dispatcher}', 'pbkdf2-sha256$10000$mcuiiku9RnG/aiKnTkd7Mw$voBsrwEHUL6hMV7M39P4j+BZJ2sfdyzw8ZhWbru6sNo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000011', '00000000-0000-4000-b000-000000000011', '00000000-0000-4000-a000-000000000001', 'Bauhof Wehretal', 'works-staff@wehretal.demo', '{works-staff}', 'pbkdf2-sha256$10000$iJ27R5zDIeqLqYcPWv1HDQ$hodG1gZytL62AZO+AsThRYC7xKwSsXIC0Qs7bCkRbYI', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000011', '00000000-0000-4000-b000-000000000011', '00000000-0000-4000-a000-000000000001', 'Kämmerei Wehretal', 'accounting@wehretal.demo', '{accounting}', 'pbkdf2-sha256$10000$PuwDOfVgPzPYCaExGBUP+A$+KjaCBTo6JCt+DWnJ2cfoWHY1bWxAoTH7SJyGneVZpM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000011', '00000000-0000-4000-b000-000000000011', '00000000-0000-4000-a000-000000000001', 'Verwaltung Wehretal', 'member-admin@wehretal.demo', '{member-admin}', 'pbkdf2-sha256$10000$RiLbFdc0ZRdCv9bjbWKBeQ$5mnTPgeNe5i+XJE9HfkzuVMgRyqDhbho0osQjdsBwrM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000012', '00000000-0000-4000-b000-000000000012', '00000000-0000-4000-a000-000000000001', 'Disposition Berkatal', 'dispatcher@berkatal.demo', '{dispatcher}', 'pbkdf2-sha256$10000$1G5wmp8WpBYmXbwwn4yC4A$juS43OZm/ZUyzX9RmyPY1PNGsMcnnc+OcMjnWUQXvuo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000012', '00000000-0000-4000-b000-000000000012', '00000000-0000-4000-a000-000000000001', 'Bauhof Berkatal', 'works-staff@berkatal.demo', '{works-staff}', 'pbkdf2-sha256$10000$D+2xBnAZ0w+JBOEU7IOZ7A$+Twdo0/8h90BegWCyRUJGcQ3iFKPuB+xAz2xixbLVIY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000012', '00000000-0000-4000-b000-000000000012', '00000000-0000-4000-a000-000000000001', 'Kämmerei Berkatal', 'accounting@berkatal.demo', '{accounting}', 'pbkdf2-sha256$10000$33jlTT6VTmx0bXMLlwiCHA$DQjoSbmBTNT8vhTkQf2whNsAm9gGEKnczZ+We2B8X6c', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000012', '00000000-0000-4000-b000-000000000012', '00000000-0000-4000-a000-000000000001', 'Verwaltung Berkatal', 'member-admin@berkatal.demo', '{member-admin}', 'pbkdf2-sha256$10000$X5DacudTH8260edK/zpkIg$nOlmJv7ggE28H1hsxXF4c7xqQQGWhgteInwoUIzmDWY', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000013', '00000000-0000-4000-b000-000000000013', '00000000-0000-4000-a000-000000000001', 'Disposition Meißner', 'dispatcher@meissner.demo', '{dispatcher}', 'pbkdf2-sha256$10000$/X1G29zZtXfDXIuTPNmR0Q$uiCwPoiIeZsNuLQZC9yFxIxC+9Bxu8iPe2n8jf9i3o8', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000013', '00000000-0000-4000-b000-000000000013', '00000000-0000-4000-a000-000000000001', 'Bauhof Meißner', 'works-staff@meissner.demo', '{works-staff}', 'pbkdf2-sha256$10000$0+e8syp+v2WTODCPH7GSTA$KcSbMZqylnTPWffBWEApgNuKe+fkdSTo48f+E0X1yyQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000013', '00000000-0000-4000-b000-000000000013', '00000000-0000-4000-a000-000000000001', 'Kämmerei Meißner', 'accounting@meissner.demo', '{accounting}', 'pbkdf2-sha256$10000$2tWx2Vg7tYryXWZLsm0QoQ$B7cBPeMHQLBiUK6GsSVuuDT57T3dt4TNIt06hp3HwkU', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000013', '00000000-0000-4000-b000-000000000013', '00000000-0000-4000-a000-000000000001', 'Verwaltung Meißner', 'member-admin@meissner.demo', '{member-admin}', 'pbkdf2-sha256$10000$601NhOiGtkfhWdMU9ZH3qw$1kqaRa/6lzcnKWn3lH3g/dAWBezzo/6OIWDtEDn3h/s', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000014', '00000000-0000-4000-b000-000000000014', '00000000-0000-4000-a000-000000000001', 'Disposition Neu-Eichenberg', 'dispatcher@neu-eichenberg.demo', '{dispatcher}', 'pbkdf2-sha256$10000$FJRgclMDnf3V/CKV/SmvPw$zFzMQ25obg8S9HbDE7fPDAQ4QZMBFjFNIl28Q43b8RM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000014', '00000000-0000-4000-b000-000000000014', '00000000-0000-4000-a000-000000000001', 'Bauhof Neu-Eichenberg', 'works-staff@neu-eichenberg.demo', '{works-staff}', 'pbkdf2-sha256$10000$0DeRCfJqYZTpg5WdGlCDUA$2DR2zPJJvvoFtA9NxG45Y0nhRnrV2UCjvgKGMBCNiRw', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000014', '00000000-0000-4000-b000-000000000014', '00000000-0000-4000-a000-000000000001', 'Kämmerei Neu-Eichenberg', 'accounting@neu-eichenberg.demo', '{accounting}', 'pbkdf2-sha256$10000$aamhifgdJlp8gC+P+8S+RA$D7AmQr/IpacicrN6QrEZv1Ge+KvwFrQZeAZjMS/6gHw', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000014', '00000000-0000-4000-b000-000000000014', '00000000-0000-4000-a000-000000000001', 'Verwaltung Neu-Eichenberg', 'member-admin@neu-eichenberg.demo', '{member-admin}', 'pbkdf2-sha256$10000$DLbXi4QUxgBYlRvZ1uqw+w$ut3sZi2RocugWlhK+wrVAd99WYzhcL1W06Lcuq5ztnQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000015', '00000000-0000-4000-b000-000000000015', '00000000-0000-4000-a000-000000000001', 'Disposition Ringgau', 'dispatcher@ringgau.demo', '{dispatcher}', 'pbkdf2-sha256$10000$3D9NwaZA1IbHwOZcdwwb1g$5l78EnHvQBKKVj+hAq46aTU4laGRFRb9SLaDp/sEeW0', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000015', '00000000-0000-4000-b000-000000000015', '00000000-0000-4000-a000-000000000001', 'Bauhof Ringgau', 'works-staff@ringgau.demo', '{works-staff}', 'pbkdf2-sha256$10000$/5WhsMFoFAGXtsLIOzxbnQ$oyFHQhAchCnbd0pJaLCowpgOO/jSDBIk3bQKb5O3Zrc', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000015', '00000000-0000-4000-b000-000000000015', '00000000-0000-4000-a000-000000000001', 'Kämmerei Ringgau', 'accounting@ringgau.demo', '{accounting}', 'pbkdf2-sha256$10000$qr+Ywe+o3wJopz5aiQSM6w$VYmQ8VBzalmSqjuSBdy2p858GMkwKiHCeVUKiD7ftls', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000015', '00000000-0000-4000-b000-000000000015', '00000000-0000-4000-a000-000000000001', 'Verwaltung Ringgau', 'member-admin@ringgau.demo', '{member-admin}', 'pbkdf2-sha256$10000$2ht6+Q75TirmyAsaK/1EbA$VEiI3h8UJIrM1FdL+b2NNSMMl8U/e0g/10Wi11saFFM', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000016', '00000000-0000-4000-b000-000000000016', '00000000-0000-4000-a000-000000000001', 'Disposition Weißenborn', 'dispatcher@weissenborn.demo', '{dispatcher}', 'pbkdf2-sha256$10000$QEjyupPzbuo0SIxfOQbKDg$4l+kO7AVHKc4HEgG3MNZPvo0Ik9EMdwjWxNazacVsUQ', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000016', '00000000-0000-4000-b000-000000000016', '00000000-0000-4000-a000-000000000001', 'Bauhof Weißenborn', 'works-staff@weissenborn.demo', '{works-staff}', 'pbkdf2-sha256$10000$558ZS7RN+NptUw2QIRF4Iw$CvZyv2Iczcfwnh0NZo12oLpMK+oD3V+K7Ih9fxgj7Uc', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000016', '00000000-0000-4000-b000-000000000016', '00000000-0000-4000-a000-000000000001', 'Kämmerei Weißenborn', 'accounting@weissenborn.demo', '{accounting}', 'pbkdf2-sha256$10000$1r49Coq6KXxJp5hObM0u8g$X58EAfqXsRI3n4c94uFQ7MW41ZlKyv9jts00F6FwLug', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000016', '00000000-0000-4000-b000-000000000016', '00000000-0000-4000-a000-000000000001', 'Verwaltung Weißenborn', 'member-admin@weissenborn.demo', '{member-admin}', 'pbkdf2-sha256$10000$d/MNi3KPPbaavKsBhJLSPA$9CSbwwD5oeC5ut2p0Zm64ZwN6q39vdR8rTZouVoeUjA', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000017', '00000000-0000-4000-b000-000000000017', '00000000-0000-4000-a000-000000000001', 'Disposition Stadtwerke Eschwege GmbH', 'dispatcher@stadtwerke-eschwege.demo', '{dispatcher}', 'pbkdf2-sha256$10000$sG4QypPBM1v50CgMz2PoaQ$Lx74UEbDY5D/L+bTyNljRzUUAMMs41tg29JTFWaVzwo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000017', '00000000-0000-4000-b000-000000000017', '00000000-0000-4000-a000-000000000001', 'Bauhof Stadtwerke Eschwege GmbH', 'works-staff@stadtwerke-eschwege.demo', '{works-staff}', 'pbkdf2-sha256$10000$lSxoc1Qz0qUwpD/jZtCCNg$qOaCjg/+BiH+mtPxULTWo1OszVLqisH0Kf5YJwyE8sg', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000017', '00000000-0000-4000-b000-000000000017', '00000000-0000-4000-a000-000000000001', 'Kämmerei Stadtwerke Eschwege GmbH', 'accounting@stadtwerke-eschwege.demo', '{accounting}', 'pbkdf2-sha256$10000$5htfKtxbfunnuAeucTiDFQ$Q3gMCeo1Mj9XEm9/jMi5I8Dj/aDVpEI61OOuPJfk2uo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000017', '00000000-0000-4000-b000-000000000017', '00000000-0000-4000-a000-000000000001', 'Verwaltung Stadtwerke Eschwege GmbH', 'member-admin@stadtwerke-eschwege.demo', '{member-admin}', 'pbkdf2-sha256$10000$soXMW85m2A6zhTRHYsn9Hg$slrHn7+KuqPY8xCRiREtBvAJYDtdSR8prWAQmAlHpPg', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000018', '00000000-0000-4000-b000-000000000018', '00000000-0000-4000-a000-000000000001', 'Disposition Abwasserverband Wehretal', 'dispatcher@av-wehretal.demo', '{dispatcher}', 'pbkdf2-sha256$10000$Jd+/KIn7CPP+ftmy8P6t6g$BC3ga2PSc7nM4XBsi0JaxZz+eyYBAMtDSmBXFu9OM/M', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000018', '00000000-0000-4000-b000-000000000018', '00000000-0000-4000-a000-000000000001', 'Bauhof Abwasserverband Wehretal', 'works-staff@av-wehretal.demo', '{works-staff}', 'pbkdf2-sha256$10000$BNij/Hcs25SWRpmI9v8xQg$F5UR2XOr8BIwkQvMvjD5idmZMCyTfCtFAKFTUBinpZE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000018', '00000000-0000-4000-b000-000000000018', '00000000-0000-4000-a000-000000000001', 'Kämmerei Abwasserverband Wehretal', 'accounting@av-wehretal.demo', '{accounting}', 'pbkdf2-sha256$10000$xZcARFyf2XJFlLkfXCaNbA$peUGcl6tE8Jsf4aVN2Ls6JysKJ8+nUb9yCJE/hNrDeE', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000018', '00000000-0000-4000-b000-000000000018', '00000000-0000-4000-a000-000000000001', 'Verwaltung Abwasserverband Wehretal', 'member-admin@av-wehretal.demo', '{member-admin}', 'pbkdf2-sha256$10000$uhT0OQgrS9CVU+L4T6qPXA$8Bm2b/66S6E92nFD0RdoCrDjZ/oWpvN6xIEZxwmFud4', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c001-000000000019', '00000000-0000-4000-b000-000000000019', '00000000-0000-4000-a000-000000000001', 'Disposition Eigenbetrieb Abwasser Witzenhausen', 'dispatcher@ea-witzenhausen.demo', '{dispatcher}', 'pbkdf2-sha256$10000$5WhtMU5sFp46t90FA/OnFQ$Od2RedYPZiyV6PRRKJLbdwv2+S3gbMPo/DFNdvo8CBg', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c002-000000000019', '00000000-0000-4000-b000-000000000019', '00000000-0000-4000-a000-000000000001', 'Bauhof Eigenbetrieb Abwasser Witzenhausen', 'works-staff@ea-witzenhausen.demo', '{works-staff}', 'pbkdf2-sha256$10000$XR1x9d2U7SO6M70fH9+D2w$fHMVaVcIH0lK5F2jXfbu2txg4eUrytC749j1eF7hc6A', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c003-000000000019', '00000000-0000-4000-b000-000000000019', '00000000-0000-4000-a000-000000000001', 'Kämmerei Eigenbetrieb Abwasser Witzenhausen', 'accounting@ea-witzenhausen.demo', '{accounting}', 'pbkdf2-sha256$10000$VbrHWCtCPCokrG/UQHIuSg$URaEEeNcj88iboDrrLz+n2mMP1mtXlaWVRioKKw+tfo', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c004-000000000019', '00000000-0000-4000-b000-000000000019', '00000000-0000-4000-a000-000000000001', 'Verwaltung Eigenbetrieb Abwasser Witzenhausen', 'member-admin@ea-witzenhausen.demo', '{member-admin}', 'pbkdf2-sha256$10000$VTbWZS0BSflpFCCLOUPRqA$86jcU7UE7iJav0eeqZ3Qonwh8iqlpMfGILvkeU97H4U', true, '2026-01-05T08:00:00Z'),
    ('00000000-0000-4000-c005-000000000001', '00000000-0000-4000-b000-000000000001', '00000000-0000-4000-a000-000000000001', 'Koordinationsstelle Dienstleistungspool', 'coordinator@wmk.demo', '{coordinator}', 'pbkdf2-sha256$10000$XhAZK6gMhhmRflhTfUOWcw$dA1kanEmr8sNDp2MVQMJn56VP39zVTlBZFg+IzQpfmM', true, '2026-01-05T08:00:00Z')
on conflict do nothing;

insert into api_client (id, client_id, member_id, name, roles, secret_hash, created_at, created_by) values
    ('00000000-0000-4000-c101-000000000001', 'eschwege-dispatcher', '00000000-0000-4000-b000-000000000001', 'Disposition Eschwege (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$OyEBtwPDHCZUVHsaPCCcfg$U/yYNdZADKs0dLl8E05DRvkYG7gEuCf60pf16O6o8zc', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000001', 'eschwege-works-staff', '00000000-0000-4000-b000-000000000001', 'Bauhof Eschwege (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$EcLaUAlyXIeAjd7MgSh2zQ$3oMjN5xzIrM8BLglwdGyfUt//Za4aVNmwmXLxRoRyiI', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000001', 'eschwege-accounting', '00000000-0000-4000-b000-000000000001', 'Kämmerei Eschwege (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$VkwLNJyfbhcIjOXpHqwf9g$pvYlqbC9ecX+77BNd3Z+3MvH6ATyi1LWpQzduwOzLEU', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000001', 'eschwege-member-admin', '00000000-0000-4000-b000-000000000001', 'Verwaltung Eschwege (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$i5bvenu7cXoULQTuqOF8cA$zdMqhzCK0Zw2mZRQZuqeFCfrz0GNg7JVhpcfpIAn9p4', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000002', 'witzenhausen-dispatcher', '00000000-0000-4000-b000-000000000002', 'Disposition Witzenhausen (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$rk9dD97/k2NJi2SAcV4y5Q$2Wzb7NxZciwboHdSR0LIpZ8clpwYVQDZr0MiMMlWVac', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000002', 'witzenhausen-works-staff', '00000000-0000-4000-b000-000000000002', 'Bauhof Witzenhausen (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$r+8wpiGeEtTNRtCaEAQMTA$LouLbClDnmAG8lQHHvln7mIYFX6ZOVuJeZ423X+rhLo', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000002', 'witzenhausen-accounting', '00000000-0000-4000-b000-000000000002', 'Kämmerei Witzenhausen (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$FXll6T6sChQNz7aaCTjzIA$YwpuZO7H0IUDxQzTSgpAl/gBzsbMB5ZW5o1nB0PPFto', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000002', 'witzenhausen-member-admin', '00000000-0000-4000-b000-000000000002', 'Verwaltung Witzenhausen (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$LQ6bydUZdgTU+B2ICGEMTg$CW89ddBNAqxw5sk4zx3QWPWtVJS7shJFcQ+YHygeESw', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000003', 'hessisch-lichtenau-dispatcher', '00000000-0000-4000-b000-000000000003', 'Disposition Hessisch Lichtenau (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$8ziaiUVDt902jsS/08SlNg$tKYT6Op1+dyx1beFx4Cr7CvM9hvf/GqVNKQ82QYnTeU', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000003', 'hessisch-lichtenau-works-staff', '00000000-0000-4000-b000-000000000003', 'Bauhof Hessisch Lichtenau (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$z/Nh73ZSTEd1MPRHe1x+Ug$6+eNt4hlH4uQFDqT7ydow/Af4G8CGEwT599FO9SUJNM', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000003', 'hessisch-lichtenau-accounting', '00000000-0000-4000-b000-000000000003', 'Kämmerei Hessisch Lichtenau (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$rE8unRInDlDEcsqhWVzDaQ$eBY324a2xXojBiTVNajkZqUPrtswirPSfI8n+H9ntMo', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000003', 'hessisch-lichtenau-member-admin', '00000000-0000-4000-b000-000000000003', 'Verwaltung Hessisch Lichtenau (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$UHq/52u6YCQLkj+bcpUifQ$Qqah3AiRgQ3VYGKEqZ3uewfT7m0E278sDtukk77YysM', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000004', 'sontra-dispatcher', '00000000-0000-4000-b000-000000000004', 'Disposition Sontra (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$yFm/LL3H+cwP+9UMj8exeQ$a887JjbVx8v31osd9qPumxWhBOoU5eJIfTUcLENejJ4', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000004', 'sontra-works-staff', '00000000-0000-4000-b000-000000000004', 'Bauhof Sontra (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$zGzd+EKoUN9CLvoiIHb58A$pyr6XDMLvsnZZfCZs2xChrs68SyazxqSZ52QKIgItBU', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000004', 'sontra-accounting', '00000000-0000-4000-b000-000000000004', 'Kämmerei Sontra (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$keTK5w6A1DuSwNqaivdPlQ$SNxuT6D0GP8oKZCw3ZFaEV0V/HrymNROTMriINtdI/4', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000004', 'sontra-member-admin', '00000000-0000-4000-b000-000000000004', 'Verwaltung Sontra (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$KF5U5ThkWnuKhDog+xNuPA$ZAr5CjA+dlOwpVgUKhBKJuZsf3MR8V/7+FRxgTSPqAE', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000005', 'bad-sooden-allendorf-dispatcher', '00000000-0000-4000-b000-000000000005', 'Disposition Bad Sooden-Allendorf (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$ZlXbc4avjjc6CxMbDCj27A$OB4iN+Ub/B0aYo7fnroaYIaAn/PCou6FGJBvan11Ex4', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000005', 'bad-sooden-allendorf-works-staff', '00000000-0000-4000-b000-000000000005', 'Bauhof Bad Sooden-Allendorf (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$twZS8k4nqLzwI8YgdqxHKQ$DqZqQVUQiaCNMDJ2wVH2ZykP6cFKAQ+zHUpykn9krmY', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000005', 'bad-sooden-allendorf-accounting', '00000000-0000-4000-b000-000000000005', 'Kämmerei Bad Sooden-Allendorf (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$18J5DlzvKjosrOjUDqKrIQ$xhgdLR2vibeOXIrKe9XWtKyw7MN32pUz4MTDB8QI0CI', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000005', 'bad-sooden-allendorf-member-admin', '00000000-0000-4000-b000-000000000005', 'Verwaltung Bad Sooden-Allendorf (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$Y9lQ3q8t7/Sl+qSGsi0CCQ$B+f+api30sd4FsqG8+4OrMqw5Y/gbZQNnW0EhPqNk80', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000006', 'grossalmerode-dispatcher', '00000000-0000-4000-b000-000000000006', 'Disposition Großalmerode (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$nwzLdM0QQHnEbOOAC7fcKA$09VHDZ1z/F8CpRQPaHLN/q+wCvPQwd1x6mfe+AOs3qo', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000006', 'grossalmerode-works-staff', '00000000-0000-4000-b000-000000000006', 'Bauhof Großalmerode (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$kfM91H1OFqrKy+L7NYUIPg$wTbb8QTE1cw0ljIgmeLV14gwyubADVvohl1FaKGd1gw', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000006', 'grossalmerode-accounting', '00000000-0000-4000-b000-000000000006', 'Kämmerei Großalmerode (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$5VQmmnuBTNcp8z1DhZfhtg$VSNz+wiYSvEg1Rhp4xkYHrjhBHoV6zrWbBoq8MfgRZw', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000006', 'grossalmerode-member-admin', '00000000-0000-4000-b000-000000000006', 'Verwaltung Großalmerode (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$uTQLpyYTFqLHVHPAPt6IRg$rfZLYe7HdU77blSCILF9JWZWvdhLFXOu5/Sq4Lw5ERs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000007', 'wanfried-dispatcher', '00000000-0000-4000-b000-000000000007', 'Disposition Wanfried (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$2Am4m/lMTDrOlEqLwBdu3w$KnguZB+aNT8abgqC/epEMFMxpwlImQu9pkZRwpDptNg', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000007', 'wanfried-works-staff', '00000000-0000-4000-b000-000000000007', 'Bauhof Wanfried (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$rS/Xb4OMIlH6zRZ70IHgzw$R/80snICMZwZIL7+4TbuVCksmb/1lDT5Mac6UyePevo', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000007', 'wanfried-accounting', '00000000-0000-4000-b000-000000000007', 'Kämmerei Wanfried (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$K+DVZ6kvYuecDqHyUa67Iw$WqqQ2fpNKxIwhw3ef/lo4kHHY0Qy2PBN8l8XVUO/rMs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000007', 'wanfried-member-admin', '00000000-0000-4000-b000-000000000007', 'Verwaltung Wanfried (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$rs5HI5eV+Tpj5skgegRkKg$XqzsaGbfr1wjrcld9XGLK01FnmJ+gFKAkAXygsJ1PDA', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000008', 'waldkappel-dispatcher', '00000000-0000-4000-b000-000000000008', 'Disposition Waldkappel (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$Bw8I832BstYipTYBWoKKzQ$sIQxXc1SdP0X6jwoY8UUqOf0pmFsVZtiE/6iij6Kl20', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000008', 'waldkappel-works-staff', '00000000-0000-4000-b000-000000000008', 'Bauhof Waldkappel (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$I7w0srpIZ84OsF+C9MOhqQ$wVlQYiGT6/Ih5mtlNrDGNXc5U/tpZgvRfNI3h1mBVKU', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000008', 'waldkappel-accounting', '00000000-0000-4000-b000-000000000008', 'Kämmerei Waldkappel (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$QUQB3mpbJ5SMF31f7nLo1Q$p/RV7na3N5GjtSJfsKlDiRKd0wyTW4m7MzvhinwivzA', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000008', 'waldkappel-member-admin', '00000000-0000-4000-b000-000000000008', 'Verwaltung Waldkappel (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$88be7SsIv447pzJacWKu3Q$JKBdTF0TpyhTkrAPiRinYWhoepyIfHAMXQUmhzz1xlU', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000009', 'herleshausen-dispatcher', '00000000-0000-4000-b000-000000000009', 'Disposition Herleshausen (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$HU+xhCe6hA9XgQGP+fOnAg$Zu3RhByUedIYzWmdNW8ky92MXWmTyYNlCHcAzmiyncs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000009', 'herleshausen-works-staff', '00000000-0000-4000-b000-000000000009', 'Bauhof Herleshausen (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$byk1IclUjXPJARwtYA2NTw$vbEU4k+we208irJeqTpus4JMeWe5NVgtf7u9uYD7NRQ', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000009', 'herleshausen-accounting', '00000000-0000-4000-b000-000000000009', 'Kämmerei Herleshausen (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$S8hP8DdbkD1EGXAEtIGHhw$4NVEViqxyirwb1N1b/ahsbchAn1An/+MFZzLbfiOzIQ', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000009', 'herleshausen-member-admin', '00000000-0000-4000-b000-000000000009', 'Verwaltung Herleshausen (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$JP1RMnsi1hMh7u7wNUoeIA$yCKCh+V3cyfgTVFjKUa/fVtMwgeDgpr9cm14ijx/t50', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000010', 'meinhard-dispatcher', '00000000-0000-4000-b000-000000000010', 'Disposition Meinhard (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$wGqz+IleKXVnNLhoPbzunQ$KfXVAWJOoRmGkTGA7CrxVpcBEbz8aA1N04pvM/ZnZxI', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000010', 'meinhard-works-staff', '00000000-0000-4000-b000-000000000010', 'Bauhof Meinhard (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$dU0SBOCJSa20wklCsQX/ew$SYvGhXuNudtIGldT2BXq2vnhPYxb0OsnQ976D5csipo', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000010', 'meinhard-accounting', '00000000-0000-4000-b000-000000000010', 'Kämmerei Meinhard (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$ayjfkYjraZjif5HBYlDbFA$TfSQn3ntQd9NhHQxzZ1cbhmjV9JVC+co/ggkM8XvMQg', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000010', 'meinhard-member-admin', '00000000-0000-4000-b000-000000000010', 'Verwaltung Meinhard (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$gq8mlSoJuaP4UACIiyZ3JA$6pNujPf+GrFoxyi310SzJ6c4VCj04nehzzgWB4kZI3g', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000011', 'wehretal-dispatcher', '00000000-0000-4000-b000-000000000011', 'Disposition Wehretal (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$u65h6pZazn4kbxmzcDi48Q$RWSYNfCuC3uSrb/mdngFw8sdhntYLUQY6+3ebzWWKp0', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000011', 'wehretal-works-staff', '00000000-0000-4000-b000-000000000011', 'Bauhof Wehretal (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$Ze4hhI1A/I9Ee0TT4ReEnQ$QMnjdiImO2YoYNrGM3L+AQ092N6JdBwF12ypQ/ysosk', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000011', 'wehretal-accounting', '00000000-0000-4000-b000-000000000011', 'Kämmerei Wehretal (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$CrxctCMjCVDmvevFcjJjpw$QPg/p4yO/+yioVDYuYfDWN9wyLsVwo1RknLE13puQ6Y', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000011', 'wehretal-member-admin', '00000000-0000-4000-b000-000000000011', 'Verwaltung Wehretal (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$DR95Fcl1M7nJTiYJVOmDEg$YFPUUTLNQPI5jwL855IuMbU+NesIkBmXLqXP2tbom40', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000012', 'berkatal-dispatcher', '00000000-0000-4000-b000-000000000012', 'Disposition Berkatal (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$nZlTBpQ0qv7tKTjmLBPm4g$FLAeZonbcEmKNOMes6A3fAyLmwnuCPwHUrxFok5oozk', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000012', 'berkatal-works-staff', '00000000-0000-4000-b000-000000000012', 'Bauhof Berkatal (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$Z3LW5kGn8+x/73Ep1JtT6w$NReIl0rFzODcNIBakN4nXws9cnKmbThxIAQsjD1Iq38', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000012', 'berkatal-accounting', '00000000-0000-4000-b000-000000000012', 'Kämmerei Berkatal (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$x+m6QHMs1fkiZ4+if4E0BA$+Fn2YzxBOkF6G6lUUUYmRxFE3/C33D2YJjSQKdzZG5w', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000012', 'berkatal-member-admin', '00000000-0000-4000-b000-000000000012', 'Verwaltung Berkatal (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$KhZz7ulBx/xsT72mRgPCLg$muB6Up4+SOBRoQnb6MVFKqGcLCI3zCkHfzn9fKb2R4k', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000013', 'meissner-dispatcher', '00000000-0000-4000-b000-000000000013', 'Disposition Meißner (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$a4ACqF3K/oUiNucIpqDpyw$DpCPRpb8IkIpI6QdcDyQ6aV3Id0zF3V73q5cDTJn0dk', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000013', 'meissner-works-staff', '00000000-0000-4000-b000-000000000013', 'Bauhof Meißner (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$hOzphLxmyiyd9ecysx8yzw$4BT/ARDlxK+MQM3H92V3F/00MA0XLMvCsxBLSQwp+Zc', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000013', 'meissner-accounting', '00000000-0000-4000-b000-000000000013', 'Kämmerei Meißner (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$srrt0PPt+5Q1Pprm3USWgg$XvhbuEu7gSClNiXTIijuzmstDZomuFfWmGv4ck96y8c', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000013', 'meissner-member-admin', '00000000-0000-4000-b000-000000000013', 'Verwaltung Meißner (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$/l9CPVWHSRl+rFvxeaG4gA$Wd12lztULW+mitBltE7cTA5qKJ+hwleIRe5vgUWScjE', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000014', 'neu-eichenberg-dispatcher', '00000000-0000-4000-b000-000000000014', 'Disposition Neu-Eichenberg (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$rv/92Q79GuqtAi/DJGkYpA$aTjqBhDd9FTcF3shaIHNniM3B5NXn83d0KkW7g4ogOk', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000014', 'neu-eichenberg-works-staff', '00000000-0000-4000-b000-000000000014', 'Bauhof Neu-Eichenberg (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$DUTmuln6RSSyFe7ODb9smQ$RN4iJm7qNcn/FodP3FbY+vVB0+AFLCj+YdmyuIP7YI0', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000014', 'neu-eichenberg-accounting', '00000000-0000-4000-b000-000000000014', 'Kämmerei Neu-Eichenberg (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$Hqm1HymACe2jFIzTunH3wA$p0iirp1Z6jWnnYhJxMBYObvMHENTig94s/er5jieQBM', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000014', 'neu-eichenberg-member-admin', '00000000-0000-4000-b000-000000000014', 'Verwaltung Neu-Eichenberg (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$ka0ebo3jL5/fJQzkzbn2jA$APAibfak/thH5eK7ejmS3KiC77FG+2JO1vVVxAG7Rrs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000015', 'ringgau-dispatcher', '00000000-0000-4000-b000-000000000015', 'Disposition Ringgau (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$45PWimtGJdtsbb3sEBCWsg$fSAAIzdKmx93OpXa8ik+hKvuqD1QPEvOsCj7OvAClhs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000015', 'ringgau-works-staff', '00000000-0000-4000-b000-000000000015', 'Bauhof Ringgau (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$gSD2u9lKxtGlN1oEjnMflQ$Oc8YYA6vxPNiPfbcvOnLitdV/kzgQIhg7i/T9t/Hfrg', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000015', 'ringgau-accounting', '00000000-0000-4000-b000-000000000015', 'Kämmerei Ringgau (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$SXnEh1enL7cuvSH+AN4Fyg$bWsoj1ghvf+4FQz1XoIH2U0c1RcVL1+LB2vuR/hQmsE', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000015', 'ringgau-member-admin', '00000000-0000-4000-b000-000000000015', 'Verwaltung Ringgau (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$ek/wJyfXjucCCOOsW7a1Tw$mhCqhmA8feL4Hey4tGy4LsuW2otn6S57fnrb5DTreBw', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000016', 'weissenborn-dispatcher', '00000000-0000-4000-b000-000000000016', 'Disposition Weißenborn (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$DoALK4mGfcmZHI8q9q4nPQ$KVpS3TJ731Yy+CKSmiMcp4wNYCY9lbjQT7CB8ePhnnw', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000016', 'weissenborn-works-staff', '00000000-0000-4000-b000-000000000016', 'Bauhof Weißenborn (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$+1VTw71MK5vpBx9p/5AwMw$bd39q+VPfwXqa9BwiqbS9aS4Xw6czELH89P5NijyO0o', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000016', 'weissenborn-accounting', '00000000-0000-4000-b000-000000000016', 'Kämmerei Weißenborn (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$f7Nm3V8/fP5IHs1y7DMpvg$9WoMJrNfk5zvgfSzyWtB/ZBH5kvS3h7EvkaytsPYht4', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000016', 'weissenborn-member-admin', '00000000-0000-4000-b000-000000000016', 'Verwaltung Weißenborn (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$PVHyI9cceX+pqfHVbZ15CQ$Tw86gSbmji75DHQ6LF55XrSwxJyZaXsJKQHlaeR327g', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000017', 'stadtwerke-eschwege-dispatcher', '00000000-0000-4000-b000-000000000017', 'Disposition Stadtwerke Eschwege GmbH (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$PUOhfr2Id7izKcNQxR6U4A$6u+tiRmZjuE/FiC6Qn1JtZAV2lrDSOx4WO2+Fw7fN+8', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000017', 'stadtwerke-eschwege-works-staff', '00000000-0000-4000-b000-000000000017', 'Bauhof Stadtwerke Eschwege GmbH (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$Xhwj9gAilfkaO9Pm43fAYw$NJFRq3/8h7ewzALX6GgxukdJ++Sf9vjzDJKSnybWIe8', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000017', 'stadtwerke-eschwege-accounting', '00000000-0000-4000-b000-000000000017', 'Kämmerei Stadtwerke Eschwege GmbH (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$9EPlRoir1obBZyCT69i0OQ$AFL/FxLIvi67NeYzAzIjTEcKdHfx5wZZ3TMjPtrORuc', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000017', 'stadtwerke-eschwege-member-admin', '00000000-0000-4000-b000-000000000017', 'Verwaltung Stadtwerke Eschwege GmbH (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$Y6XUxlC1jJJPC/8k0FvVkg$xwSwO/woO3CPmq8P704TxzZ6ewo9/kl0s/w84jPjrKQ', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000018', 'av-wehretal-dispatcher', '00000000-0000-4000-b000-000000000018', 'Disposition Abwasserverband Wehretal (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$R4n8hiEkvX4wsbPb9FfO4A$COEKMQ/gFWr8ZXYVl8KZWKvXAYeSzCfvMDPkrIIv5ck', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000018', 'av-wehretal-works-staff', '00000000-0000-4000-b000-000000000018', 'Bauhof Abwasserverband Wehretal (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$NecPgHdyvdgpLceZ/CmgLg$hvXzQlJgdEnXOrAH0BJUs+ldl8V9NMw+qnhFnOKL0RI', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000018', 'av-wehretal-accounting', '00000000-0000-4000-b000-000000000018', 'Kämmerei Abwasserverband Wehretal (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$6Of7OmfG1yWSfZHW9HVjfA$KNFPOMsSnM3fVr9eB6QEI19ZEx3QgW9fCoIJrOSCyIs', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000018', 'av-wehretal-member-admin', '00000000-0000-4000-b000-000000000018', 'Verwaltung Abwasserverband Wehretal (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$Vs7bAO3MYYSAfOjGqdXG6g$oIsxCv8VCznNerE8jVG5MnSpx0JSvMZC+RJSKeUNu/M', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c101-000000000019', 'ea-witzenhausen-dispatcher', '00000000-0000-4000-b000-000000000019', 'Disposition Eigenbetrieb Abwasser Witzenhausen (Fachsoftware)', '{dispatcher}', 'pbkdf2-sha256$10000$IRGYSUsAhAJBgPuYJm9Frg$3QmBBxEi92+CaCnmQQASujV1rMR6XZChoJ7/Hpao9og', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c102-000000000019', 'ea-witzenhausen-works-staff', '00000000-0000-4000-b000-000000000019', 'Bauhof Eigenbetrieb Abwasser Witzenhausen (Fachsoftware)', '{works-staff}', 'pbkdf2-sha256$10000$KA3RHc3NMFds33/ZE06kag$Vd7oPF1WMapvfMJ+Lb61UHlAuSZb+Yewr2xAHrYBZc8', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c103-000000000019', 'ea-witzenhausen-accounting', '00000000-0000-4000-b000-000000000019', 'Kämmerei Eigenbetrieb Abwasser Witzenhausen (Fachsoftware)', '{accounting}', 'pbkdf2-sha256$10000$frD3osIHD7sON1diJPBwvA$Lz5NQiOMhfr/7XecDY+h+o5OirauTnr6HzwUQg0Mgyk', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c104-000000000019', 'ea-witzenhausen-member-admin', '00000000-0000-4000-b000-000000000019', 'Verwaltung Eigenbetrieb Abwasser Witzenhausen (Fachsoftware)', '{member-admin}', 'pbkdf2-sha256$10000$J6zxgeXVvI9NJ+UE59RxyQ$mn2gvROxwOOHfKIxzD9OgpHTrFmPbElvbc088e0/kRg', '2026-01-05T08:00:00Z', 'demo'),
    ('00000000-0000-4000-c105-000000000001', 'wmk-coordinator', '00000000-0000-4000-b000-000000000001', 'Koordinationsstelle Dienstleistungspool', '{coordinator}', 'pbkdf2-sha256$10000$IzzgcNtplVI7ZPSdspglOA$eeaUEODZTvfd9u+7yK5khNibYstqms8HMx53PcOP9hA', '2026-01-05T08:00:00Z', 'demo')
on conflict do nothing;

-- The regions' own coordinators, created through the API with a one-time password, get the demo's published one.
update app_user set password_hash = case email
        when 'koordination@wmk.demo' then 'pbkdf2-sha256$10000$OQE5G/a1ypqJZhD4ZWo45w$p7aBRepbeL9xu2ViNZfZ4IfeGMgTz2DNRqYNgiUrmjc'
        else 'pbkdf2-sha256$10000$NHUnFh3uFCsb3hFfdrsHog$PIKD4mKlDw5uQFYOO8FwVoiBHNdtn2sbKue35RhBeRw' end
 where member_id is null and roles = array['coordinator']
   and (region_id, email) in (('00000000-0000-4000-a000-000000000001', 'koordination@wmk.demo'),
                              ('00000000-0000-4000-a000-000000000002', 'koordination@landkreis-kassel.demo'));

-- Rates (Verrechnungssätze) in EUR; ids derived from region, year, sector and category. 2025 and 2026 as agreed; every
-- later year up to the next calendar year (Europe/Berlin) gets 2026's rates raised by 3 % a year, rounded to whole
-- euros, so that the demo county always has published rates for the current and the next year.
insert into rate (id, region_id, year, sector, category, unit, amount)
with agreed (year, sector, category, unit, amount) as (values
    (2025, 'WASTEWATER', 'SEWER_FLUSHING', 'HOUR', 140.00),
    (2025, 'WASTEWATER', 'SEWER_TV_INSPECTION', 'HOUR', 115.00),
    (2025, 'WASTEWATER', 'SEWER_TV_CAMERA', 'DAY', 145.00),
    (2025, 'WATER_SUPPLY', 'WASSERMEISTER', 'HOUR', 66.00),
    (2025, 'WATER_SUPPLY', 'LEAK_DETECTOR', 'DAY', 45.00),
    (2025, 'WATER_SUPPLY', 'STANDPIPE', 'DAY', 8.00),
    (2025, 'WATER_SUPPLY', 'SKILLED_WORKER', 'HOUR', 60.00),
    (2025, 'WASTEWATER', 'SKILLED_WORKER', 'HOUR', 60.00),
    (2025, 'WATER_SUPPLY', 'ELECTRICIAN', 'HOUR', 62.00),
    (2025, 'WASTEWATER', 'ELECTRICIAN', 'HOUR', 62.00),
    (2025, 'WATER_SUPPLY', 'MOBILE_PUMP', 'DAY', 58.00),
    (2025, 'WASTEWATER', 'MOBILE_PUMP', 'DAY', 58.00),
    (2025, 'WATER_SUPPLY', 'EMERGENCY_GENERATOR', 'DAY', 85.00),
    (2025, 'WASTEWATER', 'EMERGENCY_GENERATOR', 'DAY', 85.00),
    (2025, 'WATER_SUPPLY', 'MINI_EXCAVATOR', 'DAY', 175.00),
    (2025, 'WASTEWATER', 'MINI_EXCAVATOR', 'DAY', 175.00),
    (2026, 'WASTEWATER', 'SEWER_FLUSHING', 'HOUR', 145.00),
    (2026, 'WASTEWATER', 'SEWER_TV_INSPECTION', 'HOUR', 120.00),
    (2026, 'WASTEWATER', 'SEWER_TV_CAMERA', 'DAY', 150.00),
    (2026, 'WATER_SUPPLY', 'WASSERMEISTER', 'HOUR', 68.00),
    (2026, 'WATER_SUPPLY', 'LEAK_DETECTOR', 'DAY', 45.00),
    (2026, 'WATER_SUPPLY', 'STANDPIPE', 'DAY', 8.00),
    (2026, 'WATER_SUPPLY', 'SKILLED_WORKER', 'HOUR', 62.00),
    (2026, 'WASTEWATER', 'SKILLED_WORKER', 'HOUR', 62.00),
    (2026, 'WATER_SUPPLY', 'ELECTRICIAN', 'HOUR', 64.00),
    (2026, 'WASTEWATER', 'ELECTRICIAN', 'HOUR', 64.00),
    (2026, 'WATER_SUPPLY', 'MOBILE_PUMP', 'DAY', 60.00),
    (2026, 'WASTEWATER', 'MOBILE_PUMP', 'DAY', 60.00),
    (2026, 'WATER_SUPPLY', 'EMERGENCY_GENERATOR', 'DAY', 90.00),
    (2026, 'WASTEWATER', 'EMERGENCY_GENERATOR', 'DAY', 90.00),
    (2026, 'WATER_SUPPLY', 'MINI_EXCAVATOR', 'DAY', 180.00),
    (2026, 'WASTEWATER', 'MINI_EXCAVATOR', 'DAY', 180.00)),
     rates (year, sector, category, unit, amount) as (
         select year, sector, category, unit, amount from agreed
         union all
         select y, a.sector, a.category, a.unit, round(a.amount * power(1.03, y - 2026), 0)
           from agreed a cross join generate_series(2025, extract(year from now() at time zone 'Europe/Berlin')::int + 1) y
          where a.year = 2026 and y > 2026)
select md5(v.year || '/' || v.sector || '/' || v.category)::uuid, '00000000-0000-4000-a000-000000000001'::uuid, v.year, v.sector, v.category, v.unit, v.amount
from rates v
where not exists (select 1 from financial_year_close c where c.region_id = '00000000-0000-4000-a000-000000000001' and c.year = v.year)
on conflict do nothing;

insert into settlement_terms (region_id, year, tolerance_hours, remainder)
select '00000000-0000-4000-a000-000000000001'::uuid, y, 8.00, 'CARRY_OVER' from generate_series(2025, extract(year from now() at time zone 'Europe/Berlin')::int + 1) as v(y)
where not exists (select 1 from financial_year_close c where c.region_id = '00000000-0000-4000-a000-000000000001' and c.year = v.y)
on conflict do nothing;

-- Ledger entries recorded before a year's rates existed are valued now, as publishing the rates would.
select settlement_value_entries('00000000-0000-4000-a000-000000000001', y, 'demo', 'RATES_PUBLISHED') from generate_series(2025, extract(year from now() at time zone 'Europe/Berlin')::int + 1) as v(y);

-- member-events for the other services, with fixed event ids, built from the rows above (same shape as the
-- events the service emits; see municipality-service/src/test/resources/contracts/).
insert into outbox_event (id, topic, record_key, event_type, payload)
select ('00000000-0000-4000-e000-' || substr(m.id::text, 25))::uuid, 'member-events', m.id::text, 'MemberJoined',
       json_build_object('eventId', '00000000-0000-4000-e000-' || substr(m.id::text, 25), 'eventType', 'MemberJoined',
           'occurredAt', '2026-01-05T08:00:00Z', 'memberId', m.id, 'regionId', m.region_id, 'name', m.name, 'kind', m.kind,
           'sectors', to_json(m.sectors), 'status', m.status, 'leitwegId', m.leitweg_id, 'contactEmail', m.contact_email,
           'contactPhone', m.contact_phone,
           'address', json_build_object('street', m.street, 'postalCode', m.postal_code, 'city', m.city),
           'depots', (select coalesce(json_agg(json_build_object('depotId', d.id, 'name', d.name, 'latitude', d.latitude,
                                                                  'longitude', d.longitude) order by d.name), '[]'::json)
                      from depot d where d.member_id = m.id))
from member m
where m.region_id = '00000000-0000-4000-a000-000000000001' and m.id::text like '00000000-0000-4000-b000-%'
order by m.id
on conflict do nothing;

insert into outbox_event (id, topic, record_key, event_type, payload)
select ('00000000-0000-4000-e' || substr(u.id::text, 21, 3) || '-' || substr(u.id::text, 25))::uuid, 'member-events',
       u.member_id::text, 'UserChanged',
       json_build_object('eventId', '00000000-0000-4000-e' || substr(u.id::text, 21, 3) || '-' || substr(u.id::text, 25),
           'eventType', 'UserChanged', 'occurredAt', '2026-01-05T08:00:00Z', 'memberId', u.member_id, 'userId', u.id,
           'name', u.name, 'email', u.email, 'roles', to_json(u.roles), 'active', u.active)
from app_user u
where u.id::text like '00000000-0000-4000-c00_-%'
order by u.id
on conflict do nothing;

insert into outbox_event (id, topic, record_key, event_type, payload)
select ('00000000-0000-4000-e100-00000000' || y)::uuid, 'member-events', '00000000-0000-4000-a000-000000000001', 'RatesPublished',
       json_build_object('eventId', '00000000-0000-4000-e100-00000000' || y, 'eventType', 'RatesPublished',
           'occurredAt', (y - 1) || '-12-01T09:00:00Z', 'regionId', '00000000-0000-4000-a000-000000000001', 'year', y,
           'rates', (select json_agg(json_build_object('sector', r.sector, 'category', r.category, 'unit', r.unit,
                                                        'amount', r.amount, 'currency', r.currency) order by r.sector, r.category)
                     from rate r where r.region_id = '00000000-0000-4000-a000-000000000001' and r.year = y),
           'settlementTerms', (select json_build_object('toleranceHours', t.tolerance_hours, 'remainder', t.remainder)
                               from settlement_terms t where t.region_id = '00000000-0000-4000-a000-000000000001' and t.year = y))
from generate_series(2025, extract(year from now() at time zone 'Europe/Berlin')::int + 1) as v(y)
where exists (select 1 from rate r where r.region_id = '00000000-0000-4000-a000-000000000001' and r.year = v.y)
on conflict do nothing;

-- The pool's legal identity (docs/SETTLEMENT.md, "The pool as a party"): the county's Koordinationsstelle, which
-- invoices and is invoiced for the payments of the multilateral netting.
insert into region_legal_identity (region_id, legal_name, legal_form, street, postal_code, city, leitweg_id, tax_number,
                                   iban, bic, contact_email, contact_phone, updated_by) values
    ('00000000-0000-4000-a000-000000000001', 'Werra-Meißner-Kreis, Koordinationsstelle Dienstleistungspool', 'COUNTY_OFFICE',
     'Schlossplatz 1', '37269', 'Eschwege', '06636-POOL-36', '025 226 10001', 'DE89370400440532013000', 'COBADEFFXXX',
     'pool@werra-meissner-kreis.example', '+49 5651 302-0', 'demo')
on conflict do nothing;
