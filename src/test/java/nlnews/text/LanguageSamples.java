package nlnews.text;

import java.util.List;

/**
 * Paragraphs in Dutch, Flemish, Frisian, Afrikaans, German, English and French for the language
 * check, short (one sentence) and long (a paragraph), each with its ISO 639-3 code (Flemish is
 * Dutch). Written for these tests about invented local news; no third-party text.
 */
final class LanguageSamples {

  /** A sample: its code, a label for the test name, and the text. */
  record Sample(String code, String label, String text) {
    @Override
    public String toString() {
      return label;
    }
  }

  private LanguageSamples() {}

  static final List<Sample> ALL =
      List.of(
          new Sample("nld", "Dutch short", "De gemeenteraad heeft dinsdagavond besloten dat het nieuwe zwembad toch wordt gebouwd."),
          new Sample("nld", "Dutch headline-like", "Kabinet wil meer geld voor politie en brandweer in het noorden"),
          new Sample(
              "nld",
              "Dutch long",
              "Het aantal mensen dat in Friesland woont, is vorig jaar weer iets gegroeid. Dat komt vooral door "
                  + "mensen die van buiten de provincie hierheen verhuizen. Volgens de provincie moeten er de komende "
                  + "jaren meer woningen worden gebouwd. Maar niet alle gemeenten zijn het daarmee eens. \"We hebben "
                  + "de grond niet en het geld ook niet\", zegt een wethouder uit Leeuwarden."),
          new Sample(
              "nld",
              "Dutch with English names",
              "Op het festival in Landgraaf speelden zaterdag onder meer The Kooks en Arctic Monkeys. De organisatie "
                  + "van Pinkpop is tevreden over het aantal bezoekers, al was het op de camping erg druk."),
          new Sample("nld", "Flemish short", "De schepen van mobiliteit zegt dat de werken aan de Antwerpse ring pas volgend jaar klaar zijn."),
          new Sample(
              "nld",
              "Flemish long",
              "In Kortrijk is gisteren de nieuwe fietsbrug over de Leie ingehuldigd. De stad heeft er jaren op "
                  + "gewacht. \"Ge moet maar eens komen kijken, 't is echt een schone brug geworden\", zegt de "
                  + "burgemeester. De werken hebben anderhalf jaar geduurd en kostten zowat acht miljoen euro. De "
                  + "Vlaamse regering betaalde het grootste deel, de stad legde de rest bij."),
          new Sample("fry", "Frisian short", "De gemeenteried hat tiisdei besletten dat it nije swimbad dochs boud wurde sil."),
          new Sample(
              "fry",
              "Frisian long",
              "It tal minsken dat yn Fryslân wennet, is it ôfrûne jier wer wat grutter wurden. Dat komt foaral troch "
                  + "minsken dy't fan bûten de provinsje hjirhinne ferhúzje. Neffens de provinsje moatte der de "
                  + "kommende jierren mear huzen boud wurde. Mar net alle gemeenten binne it dêr mei iens. \"Wy hawwe "
                  + "de grûn net en it jild ek net\", seit in wethâlder út Ljouwert."),
          new Sample("afr", "Afrikaans short", "Die stadsraad het Dinsdagaand besluit dat die nuwe swembad tog gebou sal word."),
          new Sample(
              "afr",
              "Afrikaans long",
              "Die aantal mense wat in die Wes-Kaap woon, het verlede jaar weer gegroei. Volgens die provinsiale "
                  + "regering kom baie van hulle uit ander dele van die land. Die premier het gesê dat daar nie genoeg "
                  + "huise vir almal is nie en dat die regering meer moet doen. \"Ons het nie die grond nie en ook nie "
                  + "die geld nie\", sê 'n raadslid uit Kaapstad."),
          new Sample("deu", "German short", "Der Stadtrat hat am Dienstagabend beschlossen, dass das neue Schwimmbad doch gebaut wird."),
          new Sample(
              "deu",
              "German long",
              "Die Zahl der Menschen, die in Nordrhein-Westfalen wohnen, ist im vergangenen Jahr wieder gestiegen. "
                  + "Nach Angaben des Landesamtes kommen viele von ihnen aus anderen Teilen des Landes. Der "
                  + "Ministerpräsident sagte am Dienstag, es gebe nicht genug Wohnungen für alle. \"Wir haben weder "
                  + "das Land noch das Geld\", sagte eine Stadträtin aus Köln."),
          new Sample("eng", "English short", "The city council decided on Tuesday evening that the new swimming pool will be built after all."),
          new Sample(
              "eng",
              "English long",
              "The number of people living in Yorkshire grew again last year. According to the county council, "
                  + "many of them moved here from other parts of the country. The leader of the council said on "
                  + "Tuesday that there are not enough homes for everyone. \"We have neither the land nor the money\", "
                  + "a councillor from Leeds said."),
          new Sample("fra", "French short", "Le conseil municipal a décidé mardi soir que la nouvelle piscine sera finalement construite."),
          new Sample(
              "fra",
              "French long",
              "Le nombre d'habitants de la province de Liège a de nouveau augmenté l'année dernière. Selon la "
                  + "province, beaucoup d'entre eux viennent d'autres régions du pays. Le gouverneur a dit mardi qu'il "
                  + "n'y a pas assez de logements pour tout le monde. « Nous n'avons ni le terrain ni l'argent », a "
                  + "déclaré une conseillère communale de Liège."));
}
