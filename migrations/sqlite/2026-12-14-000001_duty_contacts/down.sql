DROP TABLE duty_contacts;
