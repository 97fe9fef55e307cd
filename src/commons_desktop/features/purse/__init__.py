"""The common purse and votes: deposits, proposals, voting, and paying out a proposal that passed."""
