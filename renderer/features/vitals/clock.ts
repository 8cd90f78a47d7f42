import dayjs from 'dayjs';

/** This PC's calendar day and time of day, as the round grid offers them (the core checks them against its own clock). */
export const localDay = (): string => dayjs().format('YYYY-MM-DD');
export const localTime = (): string => dayjs().format('HH:mm');
