export const note = '密钥 FIXTURE-KEY-123';
