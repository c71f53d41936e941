"""Located problems, the one rule table per problem code, and the message tables."""
