import type { AdminUser } from "@kring/contracts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useApi } from "../../../platform/api/api-context";
import type { AddMembershipInput, CreateUserInput, UpdateUserInput } from "../admin-types";

const usersQueryKey = ["admin", "users"] as const;

/** Users matching a search; the search term travels in the query string, never in the page URL. */
export function useUsers(q: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...usersQueryKey, q],
    queryFn: () =>
      api.get<{ users: AdminUser[] }>(
        q ? `/api/admin/users?${new URLSearchParams({ q }).toString()}` : "/api/admin/users",
      ),
    placeholderData: (previous) => previous,
  });
}

// Every change answers with the user as it now is; the lists are refreshed behind it.
function useUserMutation<TInput>(send: (input: TInput) => Promise<AdminUser>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}

export function useCreateUser() {
  const api = useApi();
  return useUserMutation((input: CreateUserInput) =>
    api.post<AdminUser>("/api/admin/users", input),
  );
}

export function useUpdateUser(userId: string) {
  const api = useApi();
  return useUserMutation((input: UpdateUserInput) =>
    api.patch<AdminUser>(`/api/admin/users/${userId}`, input),
  );
}

export function useAddMembership(userId: string) {
  const api = useApi();
  return useUserMutation((input: AddMembershipInput) =>
    api.post<AdminUser>(`/api/admin/users/${userId}/memberships`, input),
  );
}

export function useRemoveMembership(userId: string) {
  const api = useApi();
  return useUserMutation((membershipId: string) =>
    api.delete<AdminUser>(`/api/admin/users/${userId}/memberships/${membershipId}`),
  );
}

/** Phone and recovery codes lost: the user enrols a new app at the next sign-in. */
export function useRemoveSecondFactor(userId: string) {
  const api = useApi();
  return useUserMutation(() => api.delete<AdminUser>(`/api/admin/users/${userId}/second-factor`));
}

/** A temporary password; the user must choose their own at the next sign-in. */
export function useResetPassword(userId: string) {
  const api = useApi();
  return useUserMutation((input: { password: string }) =>
    api.post<AdminUser>(`/api/admin/users/${userId}/password`, input),
  );
}
