// Tests of the Typeset stage live in this folder.
