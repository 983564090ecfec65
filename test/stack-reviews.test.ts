// Cases that synthesize and review whole stacks of every cloud, run in one jest file for the reason given in
// stack-checks.test.ts.
import './review/stack-review.cases';
import './review/policy/defaults.cases';
import './review/policy/existing-secrets.cases';
import './fuzz/valid-topologies.cases';
import './secrets/no-secret-in-output.cases';
