/**
 * Route 53 is a global service whose DNSSEC signing keys and query logs live in us-east-1: the key-signing key's
 * KMS key must be there (terraform-provider-aws website/docs/r/route53_key_signing_key.html.markdown,
 * key_management_service_arn), and so must the query log's CloudWatch log group (route53_query_log.html.markdown).
 */
export const ROUTE53_HOME_REGION = 'us-east-1';
