// @tetra/lint: repository checks that keep the architecture honest.
export * from "./dependency-graph.js";
