// Tests of the Ingest stage live in this folder.
