"""Reliability tests: crashes, a second instance, no network, hostile input, secrets, full disks,
upgrades. Each test fails when its promise breaks."""
