"""The guided procedures: a QWizard built from the form specs (filing, change, termination)."""
