/** Calls of the user-administration endpoints. */
import type { CreateUser, Page, Role, UpdateUser, User } from "@openaims/core";
import { api } from "../../api/client";

export type UserSort = "name" | "email" | "createdAt" | "key";

export type UserQuery = {
  limit: number;
  offset: number;
  sort: UserSort;
  order: "asc" | "desc";
  q?: string;
  role?: Role;
  isActive?: boolean;
};

export const USERS_KEY = ["users"] as const;

export function listUsers(query: UserQuery, signal?: AbortSignal): Promise<Page<User>> {
  return api.get<Page<User>>("/api/v1/users", { query, signal });
}

export function createUser(body: CreateUser): Promise<User> {
  return api.post<User>("/api/v1/users", body);
}

export function updateUser(id: string, body: UpdateUser): Promise<User> {
  return api.patch<User>(`/api/v1/users/${encodeURIComponent(id)}`, body);
}
