// Real public keys made with ssh-keygen for the tests (the private halves were never kept), so that a key here parses
// as the clouds parse it. Keys that must not parse are made from these in the tests themselves.

/** The key of the default topology.yaml: `ssh-keygen -t ed25519 -C admin@example.com`. */
export const ED25519 = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK3xwqGZ02cp1igXxKsT8SBDaCH20apmmWlDCu6KqxXg admin@example.com';

/** A second ed25519 key. */
export const ED25519_OTHER = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBcEEpTCqbYQJs/0+31hLQq7KE72zEXDgPLaXqRLo+RW admin@example.com';

/** `ssh-keygen -t rsa -b 2048`: the smallest RSA key Azure takes. */
export const RSA_2048 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDTx4DPFstsFrDZmvCYwVbvDvbVP+m9vqe2e+LyxYYHPbT/ZWEWHIWkXgY8mt/dmuuSlIzqxARNDNSUC5PCSjX99JR7SFUkKv90/oa1s2+WSDz1qU5C3mD5zXqnGE2v11uHdXipcNYMeRvuaJCJRnJjRPRwcjrg3jHWdQ91iq0HaJhMoTMbY29mrcp4o+ULfvj0FHFfRLyQClBwZbZ6VpALwtAle5GubjecG2HFxtbP+Zlotwg1FaTkkBi4JzeFfWSjry2GCJ8q5xKDyGuI8CbwsQZ/VdX6iDg7uh7+XAXum5j+5IGN7q2hvncnKOOHgPdYl1E32UPEAlS3XaeojdCp second@example.com';

/** `ssh-keygen -t rsa -b 1024`: sshd on Ubuntu 24.04 still takes it, Azure does not. */
export const RSA_1024 = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQDLg8bL/ptv9ouNWprFmuIki1Ha/yE8jMycDqzGYajqVQi0LW6OOa8G5tr9xC9D9oGinLKXR62jMx7XRvEU49ZFyidGsoLaynquqGfmkS3eYeIa5F1SesCxCduQQqBczKQG2J+1kXYZjBOCOjh5YwOMJZhvUm36uT0cLNoT7GvEoQ== old@example.com';

/** `ssh-keygen -t ecdsa -b 256`. */
export const ECDSA_P256 = 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBImX9o20JUIBi987KTeax4EuhbMGMDU2K8OZ8njUvm8r/GbAFWnHhCO5IZCRtqb/rfuiA4Pd6DRivrtLRhQeX4A= ecdsa@example.com';

/** `ssh-keygen -t ecdsa -b 384`. */
export const ECDSA_P384 = 'ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBNVlSAezIlsPKUlKWttXYMYQkqqzOxwTDwyYK/RJwyPYEFI0tmfnesPKfLIL9tOMvlr3e+Bpv0DCBPmbe7AkIKIu1df8k75lj1ebqftIfwZgfxWS9jbiZl/dwnwLjYtGiQ== ecdsa384@example.com';

/** `ssh-keygen -t ecdsa -b 521`. */
export const ECDSA_P521 = 'ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBAGcjUrUVlNOHaeTmhVT/0U0GZBipbDUqa0koLUkIAFjCnJ6K7xtwupYP7t6SoKA9ZQC92UzU1PTSH/U+TXqAwzEBAHAgEmbh4YxmniQt7ZAEKrtGFcogdJwqOmvJcfGCPGtsuudGyat/Z3c63q8abkG97OlUg4Ug/CI8Om12qfyhfccUg== ecdsa521@example.com';
