/** The notification settings (`notify-webhook`), read by notify/inputs.ts. A leaf of config/settings.ts. */

export interface NotifySettings {
  /** Secrets: never shown. The report names them by position (`webhook 1`), see `webhookName`. */
  webhooks: string[];
}

/** The only way a notify-webhook URL is ever shown: by its position. */
export function webhookName(index: number): string {
  return `webhook ${index + 1}`;
}
