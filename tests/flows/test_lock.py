from __future__ import annotations

import pytest

from flows.lock import OutputBusyError, output_lock


def test_lock_refuses_a_second_writer_without_waiting(tmp_path):
    with output_lock(tmp_path):
        with pytest.raises(OutputBusyError, match="another policykg run") as busy:
            with output_lock(tmp_path, wait=False):
                pass
        assert "pid" in busy.value.holder


def test_lock_is_free_again_after_the_run(tmp_path):
    with output_lock(tmp_path):
        pass
    with output_lock(tmp_path, wait=False):
        assert (tmp_path / ".policykg.lock").exists()
