DELETE FROM countries;
