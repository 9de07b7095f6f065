import { benchCore } from "./core";
import { print } from "./harness";

print(benchCore());
