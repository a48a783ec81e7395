export const SETTINGS_PATH = '/api/phone-numbers/settings';
