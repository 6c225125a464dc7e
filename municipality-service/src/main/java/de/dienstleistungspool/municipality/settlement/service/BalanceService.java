package de.dienstleistungspool.municipality.settlement.service;

import de.dienstleistungspool.municipality.settlement.config.SettlementConfig;
import de.dienstleistungspool.municipality.settlement.domain.BalanceRepository;
import de.dienstleistungspool.municipality.settlement.domain.BalanceRepository.PairBalanceView;
import de.dienstleistungspool.municipality.settlement.domain.BalanceRepository.PositionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Live balances of a year for the region or one member, with days counted at the configured hours per day.
 */
@ApplicationScoped
public class BalanceService {

    @Inject
    BalanceRepository balances;

    @Inject
    SettlementConfig config;

    /** A year's balances: per pair and per member position. */
    public record Balances(List<PairBalanceView> pairs, List<PositionView> positions) {
    }

    /** The region's balances of the year, or only those of {@code memberId} when it is not null. */
    @Transactional
    public Balances of(UUID regionId, int year, UUID memberId) {
        return new Balances(balances.pairs(regionId, year, memberId, config.hoursPerDay()),
                balances.positions(regionId, year, memberId, config.hoursPerDay()));
    }
}
