/**
 * Rows of the GPS mileage tracks (reference §25, `models/expense_gps.py`)
 * and the AI helper's configuration (`models/settings.py` `get_ai_config`).
 * Times are epoch ms.
 */
import type { Row } from '../table.js';

/** One recorded position of a track, as the real server stores it. */
export interface TrackPoint {
  lat: number;
  lng: number;
  /** Naive ISO datetime (UTC), as `datetime.utcnow().isoformat()`. */
  timestamp: string;
}

export interface MileageTrackRow extends Row {
  expense_id: number | null;
  user_id: number;
  start_location: string | null;
  end_location: string | null;
  start_latitude: number | null;
  start_longitude: number | null;
  end_latitude: number | null;
  end_longitude: number | null;
  /** Stored with 2 decimals (Numeric(10, 2)); null until a stop measures it. */
  distance_km: number | null;
  distance_miles: number | null;
  track_points: TrackPoint[] | null;
  started_at: number;
  ended_at: number | null;
  duration_seconds: number | null;
  method: string;
  notes: string | null;
  created_at: number;
  updated_at: number;
}

/**
 * The AI helper's settings as its API shows them (`AIProviderConfig.public_dict`),
 * the key itself never. The mock runs no model: `enabled` and the
 * configuration decide only which answer the AI routes give.
 */
export interface AiConfig {
  enabled: boolean;
  provider: 'ollama' | 'openai_compatible';
  base_url: string;
  model: string;
  api_key_set: boolean;
  timeout_seconds: number;
  context_limit: number;
}
