// One jest file per cloud: jest loads modules afresh for every test file, and each of these cases loads the
// cloud's provider classes (megabytes of JavaScript); one module registry for all of them pays that once.
import './azure/builders.cases';
import './azure/encryption.cases';
import './azure/firewall.cases';
import './azure/first-deploy.cases';
import './azure/network.cases';
import './azure/private-builders.cases';
import './azure/review.cases';
import './azure/secrets-dns.cases';
import './azure/services-box.cases';
import './azure/spot.cases';
import './azure/data-disk.cases';
