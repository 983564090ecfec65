// One jest file per cloud: jest loads modules afresh for every test file, and each of these cases loads the
// cloud's provider classes (megabytes of JavaScript); one module registry for all of them pays that once.
import './aws/builders.cases';
import './aws/dns-secrets.cases';
import './aws/firewall.cases';
import './aws/first-deploy.cases';
import './aws/network.cases';
import './aws/security-baseline.cases';
import './aws/services-box.cases';
import './aws/data-disk.cases';
