/**
 * The real aliyun/alicloud provider's block arguments that the sandbox accepts and does not use.
 *
 * Configurations written for the real provider set them (`profile`, `assume_role { … }`,
 * `endpoints { … }`, `configuration_source`, `skip_region_validation`, …), and Terraform refuses a
 * provider block naming an argument the schema lacks, whatever its value. So the names, types and
 * nesting follow the real provider (facts from its provider.go and docs index page); the values
 * are never used: the sandbox provider talks only to its sandbox endpoint, signs only with sandbox
 * accounts (provider-config.ts), and has no STS, profile file, ECS metadata or sidecar to call.
 */
import type { AttributeSchema, BlockSchema, NestedBlockSchema } from './types';

const IGNORED = 'Accepted for compatibility with the real aliyun/alicloud provider and not used by the sandbox.';

function ignored(type: 'string' | 'number' | 'bool', extra: Partial<AttributeSchema> = {}): AttributeSchema {
  return { type, optional: true, description: IGNORED, ...extra };
}

/**
 * Credential sources of the real provider. When one is set the provider says (as a warning) that
 * it is not used, so nobody believes a real role or profile took effect.
 */
export const CREDENTIAL_ARGUMENTS = [
  'security_token',
  'ecs_role_name',
  'shared_credentials_file',
  'profile',
  'credentials_uri',
  'assume_role',
  'assume_role_with_oidc',
] as const;

/** Every service key of the real `endpoints` block (all optional strings). */
export const REAL_ENDPOINT_KEYS: readonly string[] = (
  'computenest beebot chatbot eflo eflo_controller eflo_cnp srvcatalog servicecatalog cloudfirewall das bpstudio ' +
  'dmsenterprise ebs nlb cbs dbs vpcpeer dysms dysmsapi edas edasschedulerx schedulerx2 ehs tag ddosbasic ' +
  'antiddos_public smartag oceanbase oceanbasepro gaplus cloudfw edsuser eds_user acr imp eais cloudauth mhub ' +
  'servicemesh quickbi quickbi_public vod opensearch gds gdb dbfs devopsrdc dg waf vs dts cloudsso iot swas ' +
  'swas_open imm clickhouse selectdb alidfs dfs ens bastionhost cddc sddp mscopensubscription sas ehpc ' +
  'dataworkspublic dataworks_public hcs_sgw cloudphone alb redisa gwsecd ecd scdn arms serverless sae hbr amqp ' +
  'onsproxy cds dm eventbridge sgw quotas ims brain_industrial ressharing resourcesharing ga hitsdb privatelink ' +
  'eipanycast fnf ros r_kvstore config dcdn mse oos eci alidns resourcemanager waf_openapi dms_enterprise ' +
  'cassandra cbn ecs rds slb vpc ess oss ons alikafka dns ram cs cr cdn kms ots cms pvtz sts log drds polardbx ' +
  'dds polardb gpdb kvstore fc fc_open apigateway cloudapi apig datahub devops_rdc mns mns_open rocketmq location ' +
  'elasticsearch nas actiontrail cas bssopenapi ddoscoo ddosbgp emr market adb maxcompute aiworkspace vpcipam ' +
  'gwlb esa'
).split(' ');

export const realProviderAttributes: Record<string, AttributeSchema> = {
  security_token: ignored('string', { sensitive: true }),
  ecs_role_name: ignored('string'),
  account_id: ignored('string'),
  account_type: ignored('string'),
  shared_credentials_file: ignored('string'),
  profile: ignored('string'),
  credentials_uri: ignored('string'),
  skip_region_validation: ignored('bool'),
  configuration_source: ignored('string'),
  protocol: ignored('string'),
  client_read_timeout: ignored('number'),
  client_connect_timeout: ignored('number'),
  max_retry_timeout: ignored('number'),
  source_ip: ignored('string'),
  security_transport: ignored('string'),
  secure_transport: ignored('string'),
  // Deprecated in the real provider as well (moved into `endpoints` or to resources).
  ots_instance_name: ignored('string', { deprecated: true }),
  log_endpoint: ignored('string', { deprecated: true }),
  mns_endpoint: ignored('string', { deprecated: true }),
  fc: ignored('string', { deprecated: true }),
};

function block(attributes: Record<string, AttributeSchema>, blocks?: Record<string, NestedBlockSchema>): BlockSchema {
  return { description: IGNORED, attributes, ...(blocks ? { blocks } : {}) };
}

/**
 * The real provider's nested blocks. `role_arn` and `oidc_provider_arn` are required there but
 * default from environment variables, which makes them optional in the schema Terraform sees.
 */
export const realProviderBlocks: Record<string, NestedBlockSchema> = {
  assume_role: {
    nesting: 'set',
    maxItems: 1,
    block: block({
      role_arn: ignored('string'),
      session_name: ignored('string'),
      policy: ignored('string'),
      session_expiration: ignored('number'),
      external_id: ignored('string'),
    }),
  },
  assume_role_with_oidc: {
    nesting: 'list',
    maxItems: 1,
    block: block({
      oidc_provider_arn: ignored('string'),
      oidc_token_file: ignored('string'),
      oidc_token: ignored('string', { sensitive: true }),
      role_arn: ignored('string'),
      role_session_name: ignored('string'),
      policy: ignored('string'),
      session_expiration: ignored('number'),
    }),
  },
  sign_version: { nesting: 'set', maxItems: 1, block: block({ oss: ignored('string'), sls: ignored('string') }) },
  features: {
    nesting: 'list',
    maxItems: 1,
    block: block({}, { ecs_instance: { nesting: 'list', maxItems: 1, block: block({ replace_on_image_update: ignored('bool') }) } }),
  },
  endpoints: { nesting: 'set', block: block(Object.fromEntries(REAL_ENDPOINT_KEYS.map((k) => [k, ignored('string')]))) },
};
