package de.dienstleistungspool.pool.service;

import java.util.Map;

/**
 * The German names of the pool's offer categories (UPPER_SNAKE_CASE codes) and sectors, for texts this service writes
 * for people (the shortage radar's hints); an unknown category is named by its code.
 */
public final class CategoryNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("SEWER_TV_CAMERA", "Kanal-TV-Kamera"), Map.entry("LEAK_DETECTOR", "Leckortungsgerät"),
            Map.entry("STANDPIPE", "Standrohr"), Map.entry("MINI_EXCAVATOR", "Minibagger"),
            Map.entry("EMERGENCY_GENERATOR", "Notstromaggregat"), Map.entry("MOBILE_PUMP", "Mobile Pumpe"),
            Map.entry("PRESSURE_TESTER", "Druckprüfgerät"), Map.entry("HIGH_PRESSURE_CLEANER", "Hochdruckreiniger"),
            Map.entry("GAS_DETECTOR", "Gaswarngerät"), Map.entry("COMPACTOR", "Rüttelplatte"),
            Map.entry("TRAFFIC_BARRIER_SET", "Absperrsatz"), Map.entry("PIPE_LOCATOR", "Leitungsortungsgerät"),
            Map.entry("SEWER_FLUSHING", "Kanalspülung"), Map.entry("SEWER_TV_INSPECTION", "Kanal-TV-Inspektion"),
            Map.entry("LEAK_DETECTION", "Leckortung"), Map.entry("HYDRANT_INSPECTION", "Hydrantenprüfung"),
            Map.entry("WATER_MAIN_FLUSHING", "Rohrnetzspülung"), Map.entry("VALVE_EXERCISING", "Schieberbetätigung"),
            Map.entry("SLUDGE_SUCTION", "Schlammabsaugung"), Map.entry("LEAK_TIGHTNESS_TEST", "Dichtheitsprüfung"),
            Map.entry("WATER_MASTER", "Wassermeister/in"), Map.entry("WASTEWATER_MASTER", "Abwassermeister/in"),
            Map.entry("WASTEWATER_OPERATOR", "Fachkraft Abwassertechnik"), Map.entry("ON_CALL_DUTY", "Bereitschaftsdienst"),
            Map.entry("ELECTRICIAN", "Elektrofachkraft"), Map.entry("PIPE_FITTER", "Rohrnetzmonteur/in"));

    private CategoryNames() {
    }

    public static String category(String code) {
        return NAMES.getOrDefault(code, code);
    }

    /** {@code Wasserversorgung}, {@code Abwasser}, or null for no sector. */
    public static String sector(String sector) {
        if (sector == null) {
            return null;
        }
        return switch (sector) {
            case "WATER_SUPPLY" -> "Wasserversorgung";
            case "WASTEWATER" -> "Abwasser";
            default -> sector;
        };
    }
}
