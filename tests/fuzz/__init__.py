"""The fuzzing suite: generators, the properties every input must keep, a corpus."""
