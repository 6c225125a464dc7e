-- Runs once, when the PostgreSQL container initialises an empty data volume: one database per service.
CREATE DATABASE municipality;
CREATE DATABASE pool;
CREATE DATABASE booking;
CREATE DATABASE notification;
