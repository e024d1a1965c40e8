// Tests of the CLI stage live in this folder.
