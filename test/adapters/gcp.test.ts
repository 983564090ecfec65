// One jest file per cloud: jest loads modules afresh for every test file, and each of these cases loads the
// cloud's provider classes (megabytes of JavaScript); one module registry for all of them pays that once.
import './gcp/apis.cases';
import './gcp/builders.cases';
import './gcp/encryption.cases';
import './gcp/firewall.cases';
import './gcp/network-dns.cases';
import './gcp/secrets.cases';
import './gcp/services-box.cases';
import './gcp/data-disk.cases';
