package de.dienstleistungspool.portal.pages;

import java.util.List;

/**
 * The offer categories the pool knows today (UPPER_SNAKE_CASE codes of pool-service), for the filter lists; their
 * German names live in the message bundle ({@code msg:category}), an unknown code is shown as it is.
 */
public final class Categories {

    public static final List<String> EQUIPMENT = List.of("SEWER_TV_CAMERA", "LEAK_DETECTOR", "STANDPIPE",
            "MINI_EXCAVATOR", "EMERGENCY_GENERATOR", "MOBILE_PUMP", "PRESSURE_TESTER", "HIGH_PRESSURE_CLEANER",
            "GAS_DETECTOR", "COMPACTOR", "TRAFFIC_BARRIER_SET", "PIPE_LOCATOR");
    public static final List<String> SERVICE = List.of("SEWER_FLUSHING", "SEWER_TV_INSPECTION", "LEAK_DETECTION",
            "HYDRANT_INSPECTION", "WATER_MAIN_FLUSHING", "VALVE_EXERCISING", "SLUDGE_SUCTION", "LEAK_TIGHTNESS_TEST");
    public static final List<String> STAFF = List.of("WATER_MASTER", "WASTEWATER_MASTER", "WASTEWATER_OPERATOR",
            "ON_CALL_DUTY", "ELECTRICIAN", "PIPE_FITTER");

    /** All known codes: equipment, then services, then staff. */
    public static List<String> all() {
        List<String> all = new java.util.ArrayList<>(EQUIPMENT);
        all.addAll(SERVICE);
        all.addAll(STAFF);
        return List.copyOf(all);
    }

    private Categories() {
    }
}
