package nlnews.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nlnews.model.EntityType;
import nlnews.text.TokenIndex;

/**
 * What the words in and around each name of an article say its type is, strongest first: a
 * quoted title it stands in ({@link TitleQuoteCue}), the form of a place ({@link PlaceNameCue}), a village ({@link VillageCue}), a reserve side ({@link SportsCue#reserveSide}), a kind
 * noun ({@link KindNounCue}), an organisation word ({@link OrganisationWordCue}), an affiliation in brackets ({@link AffiliationCue}), a title or a
 * party ({@link PersonCue}), an inhabitant noun or adjective ({@link DemonymCue}), in a match
 * report a town or country that is the team ({@link SportsCue#team}), a name the model called
 * MISC that speaks ({@link ReportingVerbCue}); failing all these, an acronym in brackets takes the
 * type of the name it abbreviates ({@link AcronymCue}). Thread-safe and pure.
 */
final class TypeCues {

  private final PlaceNameCue place;
  private final KindNounCue kind;
  private final AffiliationCue affiliation;
  private final PersonCue person;
  private final DemonymCue demonym;
  private final SportsCue sports;
  private final ReportingVerbCue speaker;
  private final OrganisationWordCue organisation;
  private final VillageCue village;
  private final TitleQuoteCue title;
  private final AcronymCue acronym;

  TypeCues(Gazetteer gazetteer, NameContextWords words) {
    this.place = new PlaceNameCue(gazetteer, words);
    this.kind = new KindNounCue(gazetteer, words);
    this.affiliation = new AffiliationCue(gazetteer, words);
    this.person = new PersonCue(gazetteer, words);
    this.demonym = new DemonymCue(gazetteer, words);
    this.sports = new SportsCue(gazetteer, words);
    this.speaker = new ReportingVerbCue(gazetteer, words);
    this.organisation = new OrganisationWordCue(gazetteer, words);
    this.village = new VillageCue(gazetteer, words);
    this.title = new TitleQuoteCue(gazetteer);
    this.acronym = new AcronymCue();
  }

  /** The {@code names} with each pairing of two teams in a match report as two names ("Genk-Anderlecht"). */
  List<NameSpan> splitPairings(TokenIndex index, List<NameSpan> names) {
    if (!sports.isMatchReport(index)) {
      return names;
    }
    List<NameSpan> out = new ArrayList<>(names.size());
    for (NameSpan name : names) {
      List<NameSpan> teams = sports.pairing(index, name);
      out.addAll(teams != null ? teams : List.of(name));
    }
    return out;
  }

  /** The cue of each of the {@code names} (in text order, without overlaps), in the same order. */
  List<Optional<TypeCue>> of(TokenIndex index, List<NameSpan> names) {
    boolean matchReport = sports.isMatchReport(index);
    List<Optional<TypeCue>> cues = new ArrayList<>(names.size());
    NameSpan previous = null;
    EntityType previousType = null;
    for (NameSpan name : names) {
      SpanTokens t = SpanTokens.of(index, name);
      TypeCue cue = t == null ? null : cue(t, name.type(), previousType == EntityType.PER ? previous : null, matchReport);
      if (cue == null && t != null) {
        cue = acronym.cue(t, previous, previousType); // "Militaire Inlichtingendienst (MID)"
      }
      if (name.evidence().equals(SportsCue.PAIRING)) {
        cue = new TypeCue(EntityType.ORG, SportsCue.LABEL, true); // "Genk-Anderlecht": two teams
      }
      cues.add(Optional.ofNullable(cue));
      previous = name;
      previousType = cue != null ? cue.type() : name.type();
    }
    return cues;
  }

  /** The cue of one name, or null; {@code personBefore} is the name before it when that is a person's, or null. */
  TypeCue cue(SpanTokens t, EntityType type, NameSpan personBefore, boolean matchReport) {
    TypeCue cue = title.cue(t);
    if (cue == null) {
      cue = place.cue(t);
    }
    if (cue == null) {
      cue = village.cue(t, type);
    }
    if (cue == null) {
      cue = sports.reserveSide(t);
    }
    if (cue == null) {
      cue = kind.cue(t);
    }
    if (cue == null) {
      cue = organisation.cue(t, type);
    }
    if (cue == null) {
      cue = affiliation.cue(t, personBefore);
    }
    if (cue == null) {
      cue = affiliation.ofRole(t, type);
    }
    if (cue == null) {
      cue = person.cue(t);
    }
    if (cue == null) {
      cue = person.byFirstName(t, type);
    }
    if (cue == null) {
      cue = demonym.cue(t);
    }
    if (cue == null && matchReport) {
      cue = sports.team(t);
    }
    if (cue == null) {
      cue = speaker.cue(t, type);
    }
    return cue;
  }
}
