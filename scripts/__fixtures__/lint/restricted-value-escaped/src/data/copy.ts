export const key = "FIXTURE\u002dKEY&#45;123";
