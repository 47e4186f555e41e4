"""Assessment forms as data: the definition schema, the expression language, loading,
validation of answers, scores and red flags. Pure Python; imports only domain/."""
