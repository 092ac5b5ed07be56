"""The Gradio web app (`kehoach serve`): a thin shell over the assistant and the indexer."""
