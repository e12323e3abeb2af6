/** Import: AWS CLI output, CloudFormation, Terraform JSON, a policy or a scenario, read into a scenario. */
export { importDocument } from './importDocument';
export { importResolving } from './importResolving';
export { detectFormat } from './detect';
export * from './light';
