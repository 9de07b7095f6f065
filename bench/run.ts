import { benchCore } from "./core";
import { benchExtract } from "./extract";
import { print } from "./harness";

for (const row of benchExtract()) print(row);
for (const row of benchCore()) print(row);
