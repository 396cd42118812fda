/** One notification's delivery, as the ship record keeps it (the URL is never kept: its name is). */
export interface NotificationRecord {
  name: string;
  ok: boolean;
  attempts: number;
  summary: string;
}
