// One jest file for the boot text of the three clouds: each stack is synthesized once for all of them (bootText
// remembers what it synthesized), and the provider classes load once.
import './structure.cases';
import './aws.cases';
import './gcp.cases';
import './azure.cases';
import './builder-address.cases';
import './data-disk.cases';
