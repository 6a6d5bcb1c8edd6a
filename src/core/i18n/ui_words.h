// Every word chronomap shows people (explorer menus, tabs, buttons, tooltips, the map's
// legend and notes, captions), in English and French, in ONE table: ui_words.cpp. A word is
// looked up by key in the language display_language() chose (core/i18n/language.h); the
// ISO "language" (file of unknown language) gets the English words.
// Entries may be printf formats: both languages then take the same arguments in the same
// order (tests/core/ui_words_test.cpp checks it, and that no entry lacks a language).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/timeline/time_labels.h"

namespace chronomap {

// X(key, English, French)
#define CHRONOMAP_UI_WORDS(X)                                                                              \
    /* menus */                                                                                            \
    X(menu_file, "File", "Fichier")                                                                        \
    X(menu_open, "Open...", "Ouvrir...")                                                                   \
    X(menu_save_review, "Save review choices", "Enregistrer les choix de lieux")                           \
    X(menu_save_png, "Save map as PNG", "Enregistrer la carte en PNG")                                     \
    X(menu_save_png_2x, "Save map as PNG (2x)", "Enregistrer la carte en PNG (x2)")                        \
    X(menu_save_png_4x, "Save map as PNG (4x)", "Enregistrer la carte en PNG (x4)")                        \
    X(menu_problems, "Problems", "Problèmes")                                                              \
    X(menu_quit, "Quit", "Quitter")                                                                        \
    X(menu_view, "View", "Affichage")                                                                      \
    X(menu_fit_events, "Fit events", "Cadrer les événements")                                              \
    X(menu_dark_theme, "Dark theme", "Thème sombre")                                                       \
    X(menu_cumulative, "Cumulative time", "Temps cumulé")                                                  \
    X(menu_help, "Help", "Aide")                                                                           \
    X(view_keys_hint, /* printed by `chronomap view` as the window opens */                                \
      "timeline: Space play/pause, Left/Right step, drag the window; map: drag, wheel, click; "             \
      "F12 saves the map; Ctrl+Q quits",                                                                   \
      "frise\u00a0: Espace lecture/pause, Gauche/Droite avancer d'une fenêtre, glisser la fenêtre\u00a0; " \
      "carte\u00a0: glisser, molette, clic\u00a0; F12 enregistre la carte\u00a0; Ctrl+Q quitte")          \
    X(help_text,                                                                                           \
      "Map: drag to pan, wheel or +/- to zoom, double-click to zoom in, F to fit,\n"                       \
      "     click an event to select it (click again: the next one there), Shift-drag to select a box.\n"  \
      "Timeline: drag the window to move it, its edges to resize, Shift-drag to draw a new one,\n"         \
      "     drag elsewhere to pan the axis, wheel to zoom it.\n"                                           \
      "Keys: Space play/pause, Left/Right step by the window, Home/End, C cumulative, T theme,\n"          \
      "     Up/Down and Shift+Left/Right pan the map,\n"                                                   \
      "     F12 save the map as PNG, Ctrl+S save review choices, Ctrl+O open, Esc clear selection.",       \
      "Carte : glisser pour déplacer, molette ou +/- pour zoomer, double-clic pour rapprocher,\n"           \
      "     F pour tout cadrer ; cliquer un événement le sélectionne (recliquer : le suivant au même\n"    \
      "     endroit), Maj-glisser sélectionne une zone.\n"                                                 \
      "Frise : glisser la fenêtre la déplace, ses bords la redimensionnent, Maj-glisser en trace une\n"    \
      "     nouvelle ; glisser ailleurs fait défiler l'axe, la molette le zoome.\n"                        \
      "Touches : Espace lecture/pause, Gauche/Droite avancer ou reculer d'une fenêtre, Début/Fin,\n"       \
      "     C cumul, T thème, Haut/Bas et Maj+Gauche/Droite déplacent la carte,\n"                         \
      "     F12 enregistre la carte en PNG, Ctrl+S les choix de lieux, Ctrl+O ouvre, Échap désélectionne.") \
    /* side panel, tabs, windows */                                                                        \
    X(no_file_open, "No event file is open. Use File > Open (Ctrl+O) or drop a file on the window.",       \
      "Aucun fichier d'événements ouvert. Utilisez Fichier > Ouvrir (Ctrl+O) ou déposez un fichier "       \
      "sur la fenêtre.")                                                                                   \
    X(tab_filters, "Filters", "Filtres")                                                                   \
    X(tab_details, "Details", "Détails")                                                                   \
    X(tab_review, "Review", "Lieux")                                                            \
    X(tab_story, "Story", "Récit")                                                                         \
    X(tab_layers, "Layers", "Calques")                                                                     \
    X(problems_title, "Problems in the file", "Problèmes dans le fichier")                                 \
    X(severity_error, "error", "erreur")                                                                   \
    X(severity_warning, "warning", "avertissement")                                                        \
    X(severity_note, "note", "remarque")                                                                   \
    X(hint_label, "hint", "conseil")                                                                       \
    X(placement_to_geocode_one,                                                                            \
      "%zu of %s has a place name the geocoder could not place with confidence and is not drawn",          \
      "%zu sur %s a un nom de lieu que le géocodeur n'a pas pu placer avec assurance : il n'est pas "      \
      "dessiné")                                                                                           \
    X(placement_to_geocode_many,                                                                           \
      "%zu of %s have a place name the geocoder could not place with confidence and are not drawn",        \
      "%zu sur %s ont un nom de lieu que le géocodeur n'a pas pu placer avec assurance : ils ne sont pas " \
      "dessinés")                                                                                          \
    X(placement_without_place_one, "%zu event has no place and is not drawn",                              \
      "%zu événement n'a pas de lieu et n'est pas dessiné")                                                \
    X(placement_without_place_many, "%zu events have no place and are not drawn",                          \
      "%zu événements n'ont pas de lieu et ne sont pas dessinés")                                          \
    X(hint_see_review, "see the Review tab for the candidates",                                            \
      "voyez les lieux possibles dans l'onglet Lieux")                                          \
    X(no_problems, "No problems.", "Aucun problème.")                                                      \
    X(more_problems, "... and %zu more (chronomap info FILE lists them all)",                              \
      "... et %zu autres (chronomap info FICHIER les liste tous)")                                         \
    X(open_title, "Open an event file", "Ouvrir un fichier d'événements")                                  \
    X(open_prompt, "Path of the event file (or drop a file on the window):",                               \
      "Chemin du fichier d'événements (ou déposez un fichier sur la fenêtre) :")                           \
    X(button_open, "Open", "Ouvrir")                                                                       \
    X(button_cancel, "Cancel", "Annuler")                                                                  \
    /* status messages */                                                                                  \
    X(status_opened, "opened %s", "%s ouvert")                                                             \
    X(status_could_not_open, "could not open %s", "impossible d'ouvrir %s")                                \
    X(status_saved_png, "saved the map as %s", "carte enregistrée sous %s")                                \
    X(status_screenshot_failed, "screenshot failed: %s", "échec de la capture : %s")                       \
    X(status_events, "%s events · %s shown · %s placed", "%s événements · %s affichés · %s placés")         \
    X(status_none_in_window, "· no events in this window", "· aucun événement dans cette fenêtre")         \
    X(status_frame, "· frame %.1f ms (timeline %.2f ms)", "· image %.1f ms (frise %.2f ms)")               \
    X(status_server_rows, "%s events on the server %s", "%s événements sur le serveur %s")                  \
    X(status_server_window, "· window: %s rows", "· fenêtre : %s lignes")                                  \
    X(status_server_grid, "· window: %s events, shown as the server's density grid",                       \
      "· fenêtre : %s événements, en grille de densité du serveur")                                        \
    X(status_server_loading, "· loading the window…", "· chargement de la fenêtre…")                      \
    X(status_server_error, "· the server did not answer: %s; asked again on the next window change",       \
      "· le serveur n'a pas répondu : %s ; nouvel essai au prochain changement de fenêtre")                \
    /* filters */                                                                                          \
    X(search_hint, "search titles, places, actors", "rechercher (titre, lieu, acteur)")                    \
    X(categories_in_window, "Categories (in the window)", "Catégories (dans la fenêtre)")                  \
    X(all_feminine, "All", "Toutes")                                                                       \
    X(none_feminine, "None", "Aucune")                                                                     \
    X(at_least_killed, "At least this many killed", "Morts au moins")                                      \
    X(any_number, "any", "tous")                                                                           \
    X(actors_none_ticked, "Actors (none ticked: all)", "Acteurs (aucun coché : tous)")                     \
    X(histogram_map_extent, "Timeline counts only the map's extent",                                       \
      "Histogramme : seulement la zone affichée")                                                          \
    X(clear_filters, "Clear filters", "Effacer les filtres")                                               \
    /* details */                                                                                          \
    X(details_hint, "Click an event on the map to see its details (Shift-drag: a box of them).",           \
      "Cliquez un événement sur la carte pour voir ses détails (Maj-glisser : une zone).")                 \
    X(events_selected, "%zu events selected", "%zu événements sélectionnés")                               \
    X(field_when, "When", "Date")                                                                          \
    X(field_place, "Place", "Lieu")                                                                        \
    X(field_as_written, "As written", "Tel qu'écrit")                                                      \
    X(field_category, "Category", "Catégorie")                                                             \
    X(field_actors, "Actors", "Acteurs")                                                                   \
    X(field_killed, "Killed", "Morts")                                                                     \
    X(field_injured, "Injured", "Blessés")                                                                 \
    X(field_description, "description", "description")                                                    \
    X(field_notes, "notes", "notes")                                                                       \
    X(field_summary, "summary", "résumé")                                                                  \
    X(span, "span", "période")                                                                             \
    X(every_field_json, "Every field (JSON)", "Tous les champs (JSON)")                                    \
    X(sources_heading, "Sources", "Sources")                                                               \
    X(untitled, "(untitled)", "(sans titre)")                                                              \
    X(copy_address, "Click to copy the address", "Cliquer pour copier l'adresse")                          \
    X(how_place_found, "How the place was found", "Comment le lieu a été trouvé")                          \
    X(coordinates_given, "Coordinates given in the file: %.5f, %.5f (lon, lat).",                          \
      "Coordonnées données dans le fichier : %.5f, %.5f (lon, lat).")                                      \
    X(stored_by_geocode, "Stored by chronomap geocode: %s (%s), method %s, confidence %s.",                \
      "Enregistré par chronomap geocode : %s (%s), méthode %s, confiance %s.")                             \
    X(placed_by_you, "Placed by you in the review (not saved yet: Ctrl+S).",                               \
      "Placé par vous dans la vérification (pas encore enregistré : Ctrl+S).")                             \
    X(no_place_no_coordinates, "The event names no place and has no coordinates: it is not on the map.",   \
      "L'événement ne nomme aucun lieu et n'a pas de coordonnées : il n'est pas sur la carte.")             \
    X(gazetteer_error, "The gazetteer cannot be opened: %s", "Le répertoire des lieux ne s'ouvre pas : %s") \
    X(geocoded_on_load, "Geocoded on load: %s (%s), %.4f, %.4f, method %s, confidence %.2f.",              \
      "Géocodé au chargement : %s (%s), %.4f, %.4f, méthode %s, confiance %.2f.")                          \
    X(not_placed_because, "Not placed: \"%s\" is %s. %s", "Non placé : « %s » est %s. %s")                 \
    X(also_candidate, "also %s (%s) %.4f, %.4f [%s]", "aussi %s (%s) %.4f, %.4f [%s]")                     \
    /* map tooltip */                                                                                      \
    X(tooltip_killed, "· %d killed", "· %d morts")                                                         \
    X(tooltip_more_here, "... and %zu more here (click to go through them)",                               \
      "... et %zu autres ici (cliquer pour les parcourir)")                                                \
    X(status_placed_click, "placed \"%s\" where you clicked; Ctrl+S saves it in the file",                 \
      "« %s » placé où vous avez cliqué ; Ctrl+S l'enregistre dans le fichier")                            \
    /* review */                                                                                           \
    X(status_placed_on, "\"%s\" placed on %s; Ctrl+S saves it in the file",                                \
      "« %s » placé sur %s ; Ctrl+S l'enregistre dans le fichier")                                         \
    X(nothing_to_save, "nothing to save: choose places in the Review tab first",                           \
      "rien à enregistrer : choisissez d'abord des lieux dans l'onglet Lieux")                  \
    X(saved_choices, "saved %zu place choices in %s", "%zu choix de lieux enregistrés dans %s")            \
    X(saved_choices_table, "saved %zu place choices to %s: %lld events placed, for everyone using the table", \
      "%zu choix de lieux enregistrés dans %s : %lld événements placés, pour tous les utilisateurs de la table") \
    X(status_placed_on_table, "\"%s\" placed on %s; Ctrl+S saves it to the table for everyone",              \
      "« %s » placé sur %s ; Ctrl+S l'enregistre dans la table, pour tous")                                \
    X(status_placed_click_table, "placed \"%s\" where you clicked; Ctrl+S saves it to the table for everyone", \
      "« %s » placé où vous avez cliqué ; Ctrl+S l'enregistre dans la table, pour tous")                   \
    X(review_not_listed, "The places to review could not be listed: %s",                                   \
      "Impossible de lister les lieux à vérifier : %s")                                                    \
    X(could_not_save, "could not save: %s", "enregistrement impossible : %s")                              \
    X(every_place_placed, "Every named place is on the map.", "Tous les lieux nommés sont sur la carte.")  \
    X(names_not_placed,                                                                                    \
      "%zu names are not placed. Pick the right place, or click on the map; Ctrl+S saves the choices "     \
      "in the file's \"places\" table.",                                                                   \
      "%zu noms ne sont pas placés. Choisissez le bon lieu, ou cliquez sur la carte ; Ctrl+S enregistre "  \
      "les choix dans la table « places » du fichier.")                                                    \
    X(names_not_placed_table,                                                                              \
      "%zu names of the table's events are not placed. Pick the right place, or click on the map; Ctrl+S " \
      "places their events for everyone using the table.",                                                \
      "%zu noms des événements de la table ne sont pas placés. Choisissez le bon lieu, ou cliquez sur la "  \
      "carte ; Ctrl+S place leurs événements pour tous les utilisateurs de la table.")                     \
    X(save_choices, "Save choices (Ctrl+S)", "Enregistrer les choix (Ctrl+S)")                             \
    X(unsaved, "%zu unsaved", "%zu non enregistrés")                                                       \
    X(chosen, "(chosen)", "(choisi)")                                                                      \
    X(size_unknown, "size unknown", "taille inconnue")                                                     \
    X(add_to_gazetteer, "Add to my gazetteer", "Ajouter à mes lieux")                                      \
    X(add_to_gazetteer_cancel, "Click its place... (Esc: cancel)", "Cliquez son emplacement... (Échap : annuler)") \
    X(nothing_plausible, "Nothing plausible in the gazetteer. Click where it is on the map, or add it to your gazetteer so every file finds it.", \
      "Rien de plausible dans le répertoire des lieux. Cliquez où il se trouve sur la carte, ou ajoutez-le à vos lieux pour que tout fichier le trouve.") \
    X(status_added_gazetteer, "\"%s\" added to your gazetteer (%s): every file finds it now", \
      "« %s » ajouté à vos lieux (%s)\u00a0: tout fichier le trouve désormais")                         \
    X(status_not_added, "placed here, but not added to your gazetteer: %s", "placé ici, mais pas ajouté à vos lieux\u00a0: %s") \
    X(population_short, "pop.", "hab.")                                                                    \
    X(use_candidate, "Use", "Choisir")                                                                     \
    X(click_on_map, "Click on the map", "Cliquer sur la carte")                                            \
    X(click_on_map_cancel, "Click on the map... (Esc: cancel)", "Cliquez sur la carte... (Échap : annuler)") \
    X(status_resolved, "resolved", "trouvé")                                                               \
    X(status_ambiguous, "ambiguous", "ambigu")                                                             \
    X(status_unresolved, "unresolved", "introuvable")                                                      \
    X(method_exact, "exact", "exact")                                                                      \
    X(method_alternate, "alternate name", "autre nom")                                                     \
    X(method_alias, "alias", "alias")                                                                      \
    X(method_folded, "without accents", "sans accents")                                                    \
    X(method_fuzzy, "fuzzy", "approché")                                                                   \
    /* story */                                                                                            \
    X(add_view_as_slide, "Add view as slide", "Ajouter la vue comme diapo")                                \
    X(save_deck, "Save deck", "Enregistrer le récit")                                                      \
    X(save_deck_dirty, "Save deck *", "Enregistrer le récit *")                                            \
    X(deck_title, "Deck title", "Titre du récit")                                                          \
    X(slide_show, "Show", "Afficher")                                                                      \
    X(slide_use_view, "Use this view", "Prendre cette vue")                                                \
    X(slide_up, "Up", "Monter")                                                                            \
    X(slide_down, "Down", "Descendre")                                                                     \
    X(slide_delete, "Delete", "Supprimer")                                                                 \
    X(slide_title, "Title", "Titre")                                                                       \
    X(slide_caption, "Caption (**bold**, *italic*)", "Légende (**gras**, *italique*)")                     \
    X(slide_seconds, "seconds", "secondes")                                                                \
    X(status_saved_deck, "saved the deck %s (chronomap present %s)", "récit enregistré : %s (chronomap present %s)") \
    X(status_deck_not_saved, "could not save the deck: %s", "enregistrement du récit impossible : %s")     \
    X(status_saved_deck_table, "saved the deck \"%s\" to %s, for everyone using the table",                \
      "récit « %s » enregistré dans %s, pour tous les utilisateurs de la table")                           \
    X(status_deck_conflict, "someone saved the deck \"%s\" since you opened it: theirs is kept, yours is saved beside it as \"%s\"", \
      "quelqu'un a enregistré le récit « %s » depuis son ouverture : le sien est gardé, le vôtre est enregistré à côté sous « %s »") \
    /* layers */                                                                                           \
    X(layer_basemap, "Basemap", "Fond de carte")                                                           \
    X(layer_events, "Events", "Événements")                                                                \
    X(layer_event_labels, "Event labels", "Noms des événements")                                           \
    X(layer_place_names, "Country and city names", "Noms des pays et des villes")                          \
    X(layer_legend, "Legend", "Légende")                                                                   \
    X(layer_title, "Title and dates", "Titre et dates")                                                    \
    X(layer_scale_bar, "Scale bar", "Échelle")                                                             \
    X(layer_attribution, "Attribution", "Crédits")                                                         \
    X(theme_key, "Theme (T)", "Thème (T)")                                                                 \
    X(theme_light, "Light", "Clair")                                                                       \
    X(theme_dark, "Dark", "Sombre")                                                                        \
    X(events_drawn_as, "Events drawn as", "Événements dessinés en")                                        \
    X(style_automatic, "Automatic", "Automatique")                                                         \
    X(style_markers, "Markers", "Marqueurs")                                                               \
    X(style_density, "Density", "Densité")                                                                 \
    X(map_title_hint, "Map title (empty: the file's)", "Titre de la carte (vide : celui du fichier)")      \
    /* timeline */                                                                                         \
    X(tip_start, "Start (Home)", "Début (Début)")                                                          \
    X(tip_back, "Back by the window's length (Left)", "Reculer d'une fenêtre (Gauche)")                    \
    X(play, "Play", "Lire")                                                                                \
    X(pause, "Pause", "Pause")                                                                             \
    X(tip_play, "Play or pause (Space)", "Lecture ou pause (Espace)")                                      \
    X(tip_forward, "Forward by the window's length (Right)", "Avancer d'une fenêtre (Droite)")             \
    X(tip_end, "End (End)", "Fin (Fin)")                                                                   \
    X(per_second, "%s per s", "%s / s")                                                                    \
    X(tip_speed, "Playback speed: from an hour to a year per second",                                      \
      "Vitesse de lecture : d'une heure à un an par seconde")                                              \
    X(loop, "Loop", "Boucle")                                                                              \
    X(skip_empty, "Skip empty", "Sauter les vides")                                                        \
    X(mode_window, "Window", "Fenêtre")                                                                    \
    X(mode_cumulative, "Cumulative", "Cumul")                                                              \
    X(tip_mode,                                                                                            \
      "Window: only the window's events. Cumulative: everything up to its end, older events faded (C)",    \
      "Fenêtre : seulement les événements de la fenêtre. Cumul : tout jusqu'à sa fin, les plus anciens "   \
      "estompés (C)")                                                                                      \
    X(tip_length, "The window's length", "La durée de la fenêtre")                                         \
    X(goto_hint, "go to 2017-10-04", "aller à 2017-10-04")                                                 \
    X(tip_goto, "Type a date (2017-10-04, 2017-10) or a range (2017-09-28/2017-10-04), then Enter",        \
      "Tapez une date (2017-10-04, 2017-10) ou une période (2017-09-28/2017-10-04), puis Entrée")          \
    X(goto_error_hint, "(write 2017-10-04, 2017-10 or 2017-09-28/2017-10-04)",                             \
      "(écrivez 2017-10-04, 2017-10 ou 2017-09-28/2017-10-04)")                                            \
    X(histogram_max, "max %s per %s", "max %s / %s")                                                       \
    X(timeline_no_file, "The timeline appears when an event file is open.",                                \
      "La frise apparaît quand un fichier d'événements est ouvert.")                                       \
    X(length_1_day, "1 day", "1 jour")                                                                     \
    X(length_3_days, "3 days", "3 jours")                                                                  \
    X(length_1_week, "1 week", "1 semaine")                                                                \
    X(length_2_weeks, "2 weeks", "2 semaines")                                                             \
    X(length_1_month, "1 month", "1 mois")                                                                 \
    X(length_3_months, "3 months", "3 mois")                                                               \
    X(length_6_months, "6 months", "6 mois")                                                               \
    X(length_1_year, "1 year", "1 an")                                                                     \
    X(all_dates_capital, "All dates", "Toutes les dates")                                                  \
    /* a date's precision, as in "(day)" */                                                                \
    X(precision_year, "year", "année")                                                                     \
    X(precision_month, "month", "mois")                                                                    \
    X(precision_day, "day", "jour")                                                                        \
    X(precision_hour, "hour", "heure")                                                                     \
    X(precision_minute, "minute", "minute")                                                                \
    X(precision_second, "second", "seconde")                                                               \
    /* the map (title panel, legend, notes, captions) */                                                   \
    X(map_all_dates, "All dates", "Toutes dates")                                                          \
    X(map_all_dates_suffix, "(all dates)", "(toutes dates)")                                               \
    X(map_no_placed_events, "No placed events", "Aucun événement placé")                                   \
    X(map_no_events_in_window, "No events in this time window", "Aucun événement dans cette période")      \
    X(map_note_filled, "filled: exact date", "plein\u00a0: date exacte")                                   \
    X(map_note_ring, "ring: span or approximate date", "anneau\u00a0: période ou date approchée")          \
    X(map_note_size, "size: fatalities", "taille\u00a0: nombre de morts")                                  \
    X(map_density_1, "density map: colour shows", "carte de densité\u00a0: la couleur")                    \
    X(map_density_2, "how many events per place", "dit combien d'événements par lieu")                     \
    X(map_density_3, "(log scale, darker: more)", "(échelle log, foncé\u00a0: plus)")                      \
    X(event_singular, "event", "événement")                                                                \
    X(event_plural, "events", "événements")                                                                \
    X(thousands_separator, ",", "\u00a0")                                                                  \
    X(caption_source, "Source: ", "Source\u00a0: ")                                                        \
    X(caption_sources, "Sources: ", "Sources\u00a0: ")                                                    \
    /* web pages (present --export story.html, render --animate -o map.html) */                          \
    X(web_previous, "Previous slide", "Diapositive précédente")                                            \
    X(web_next, "Next slide", "Diapositive suivante")                                                      \
    X(web_slide_of, "Slide %d of %d", "Diapositive %d sur %d")                                            \
    X(web_story_keys, "Arrows, space or swipe to move between slides",                                      \
      "Flèches, espace ou balayage pour changer de diapositive")                                           \
    X(web_map_of_slide, "Map of the slide: %s", "Carte de la diapositive\u00a0: %s")                             \
    X(web_timeline, "Timeline: drag to change the date", "Frise\u00a0: glisser pour changer la date")           \
    X(web_events_in_step, "%s in this step", "%s dans ce pas")                                             \
    X(web_place, "Place", "Lieu")                                                                          \
    X(web_made_with, "Made with chronomap", "Réalisé avec chronomap")                                     \
    X(map_outside_view, "more in the window, outside the map", "de plus dans la période, hors de la carte") \
    X(map_earlier, "earlier, faded", "antérieurs, estompés")                                                \
    X(decided_by, "Decided by: %s.", "Décidé par\u00a0: %s.")                                               \
    X(drawn_from_geometry, "Drawn from its geometry; stands at %.5f, %.5f (lon, lat) for labels and lists.", \
      "Dessiné d'après sa forme\u00a0; placé en %.5f, %.5f (lon, lat) pour les étiquettes et les listes.")

enum class UiWord : std::uint16_t {
#define CHRONOMAP_WORD_KEY(key, en, fr) key,
    CHRONOMAP_UI_WORDS(CHRONOMAP_WORD_KEY)
#undef CHRONOMAP_WORD_KEY
};

struct WordEntry {
    std::string_view key;
    const char* english;
    const char* french;
};

// The table, in key order (for the test and for tools).
std::span<const WordEntry> word_table();

// The word in that language (French for fr, English for en and iso).
const char* word(UiWord key, DateLanguage language);

// printf into a std::string.
std::string format_text(const char* format, ...) __attribute__((format(printf, 1, 2)));
// A printf-style entry filled in: format_word(UiWord::status_opened, language, path.c_str()).
template <typename... Args>
std::string format_word(UiWord key, DateLanguage language, Args... args) {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
#pragma GCC diagnostic ignored "-Wformat-security"
    return format_text(word(key, language), args...);
#pragma GCC diagnostic pop
}

// "1,430,650" / "1 430 650": counts of millions stay readable.
std::string format_count(size_t count, DateLanguage language);
// "1 event", "12 events" / "1 événement", "12 événements".
std::string event_count(size_t count, DateLanguage language);

// "day" / "jour": a date's precision, as the details show it.
const char* precision_word(TimePrecision precision, DateLanguage language);

// The label of a known schema's category in the language: ACLED "Battles" -> "Batailles",
// "Air/drone strike" -> "Frappe aérienne ou de drone"; other labels as they are.
std::string category_label_in(std::string_view label, DateLanguage language);

}  // namespace chronomap
