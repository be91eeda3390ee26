package de.stadtlage.boards;

/** What a card can ask the board view to do (dialogs live in the view). */
interface CardActions {

    void edit(CardItem card);

    void details(CardItem card);

    void archive(CardItem card);

    void delete(CardItem card);
}
