// Cases that synthesize whole stacks of every cloud, run in one jest file: jest loads modules afresh for every test
// file, and each of these loads all three clouds' provider classes (megabytes of JavaScript).
import './stacks/stacks.cases';
import './lint/topologies.cases';
import './addresses/addresses.cases';
import './clouds/images.cases';
