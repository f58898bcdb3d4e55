CREATE INDEX "ai_systems_name_trgm_idx" ON "ai_systems" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ai_systems_key_trgm_idx" ON "ai_systems" USING gin ("key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "ai_systems_search_trgm_idx" ON "ai_systems" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "risks_title_trgm_idx" ON "risks" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "risks_key_trgm_idx" ON "risks" USING gin ("key" gin_trgm_ops);