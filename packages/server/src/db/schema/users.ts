import { boolean, index, integer, pgTable, primaryKey, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { recordColumns, ts } from "./columns.js";
import { businessUnits } from "./business-units.js";

export const users = pgTable(
  "users",
  {
    ...recordColumns(),
    key: text("key").notNull(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    isActive: boolean("is_active").notNull().default(true),
    lastLoginAt: ts("last_login_at"),
  },
  (t) => [
    uniqueIndex("users_email_uq").on(t.email),
    uniqueIndex("users_key_uq").on(t.key),
    index("users_name_idx").on(t.name),
    index("users_role_idx").on(t.role),
    index("users_created_at_idx").on(t.createdAt),
  ],
);

/** Business units a contributor or viewer is limited to (none = all). */
export const userBusinessUnits = pgTable(
  "user_business_units",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    businessUnitId: uuid("business_unit_id")
      .notNull()
      .references(() => businessUnits.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.businessUnitId] }), index("ubu_unit_idx").on(t.businessUnitId)],
);

export const sessions = pgTable(
  "sessions",
  {
    /** sha256 of the cookie secret: a stolen database row cannot be replayed as a cookie. */
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    csrfToken: text("csrf_token").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    /** First characters of the secret, shown so a user can tell tokens apart. */
    prefix: text("prefix").notNull(),
    secretHash: text("secret_hash").notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    expiresAt: ts("expires_at"),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [uniqueIndex("api_tokens_secret_uq").on(t.secretHash), index("api_tokens_user_idx").on(t.userId)],
);

/** Failed sign-ins, kept in the database so the limit holds across server processes. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [
    index("login_failures_email_at_idx").on(t.email, t.at),
    index("login_failures_ip_at_idx").on(t.ip, t.at),
  ],
);

/**
 * Fixed-window request counters (vendor portal), in the database so every server process sharing
 * it counts the same requests. Rows older than their window are purged by the maintenance job.
 */
export const rateLimitCounters = pgTable("rate_limit_counters", {
  key: text("key").primaryKey(),
  windowStart: ts("window_start").notNull(),
  hits: integer("hits").notNull(),
});
