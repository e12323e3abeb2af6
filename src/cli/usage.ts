/** What `rolemap help` prints: every command, its arguments and options. */
export const USAGE = `usage: rolemap <command> [args] [--lang en|ja]
  graph SCENARIO                 print the role graph as JSON
  url SCENARIO [--base URL]      print the share URL for a scenario
  render SCENARIO --format svg|md [--theme light|dark]
                                 draw the role as a static SVG picture (the app's layout), or
                                 print a Markdown summary for docs (who, what, findings)
  simulate FILE                  evaluate a request: {"decision", "explain"}
  lint FILE --kind KIND [--managed] [--all]
                                 check a policy: {"findings": [...]}, exit 1 on any error
                                 KIND: trust, identity, resource, boundary, scp (or session)
                                 --managed: an AWS managed policy (AWS's own quotas, not a
                                 customer policy's; identity or boundary only)
                                 repeats past 10 of one kind become one "repeated-findings"
                                 summary (with "summary": {total, listed}); --all lists all
  import FILE [--role NAME]      print a scenario read from a policy, AWS CLI output (get-role,
                                 get-role-policy, get-policy-version, list-attached-role-policies,
                                 get-account-authorization-details), a CloudFormation template
                                 (JSON or YAML) or terraform show -json output; --role picks one
                                 where the file holds several (without it, exit 2 lists them)
FILE or SCENARIO may be - for standard input. --lang picks the language of messages (default en).
Exit codes: 0 success, 1 lint found an error, 2 unreadable or malformed input.`;
