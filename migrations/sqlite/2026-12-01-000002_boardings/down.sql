DROP TABLE boardings;
