DELETE FROM settings WHERE key = 'schedule_lock';
