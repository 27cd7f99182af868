package org.advocacyhub.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message of every bundle in both languages: a key missing from English (an @Message without
 * text) or from Spanish (messages/NAME_es.properties) fails here, as does a Spanish key the interface
 * does not have or a translation that drops or invents a {parameter}. Bundles are found on disk, so a
 * new feature's bundle is checked without touching this test.
 */
class MessageBundlesTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([a-zA-Z_][a-zA-Z0-9_.]*)");

    @Test
    void everyKeyIsInBothLanguages() throws Exception {
        List<Class<?>> bundles = bundles();
        assertTrue(bundles.contains(SiteMessages.class), "the bundles were not found: " + bundles);
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : bundles) {
            String name = bundle.getAnnotation(MessageBundle.class).value();
            Properties spanish = spanish(name);
            if (spanish == null) {
                problems.add(name + ": messages/" + name + "_es.properties is missing");
            } else {
                problems.addAll(problems(bundle, name, spanish));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckFindsAMissingKeyAnExtraKeyAndALostParameter() throws Exception {
        Properties spanish = spanish("msg");
        spanish.remove("signIn");
        spanish.setProperty("noSuchKey", "x");
        spanish.setProperty("flash_signed_out", "Cerraste la sesión {nombre}.");
        assertEquals(List.of(
                "msg:flash_signed_out uses [nombre] in Spanish but [] in English",
                "msg:signIn is missing from msg_es.properties",
                "msg:noSuchKey is in msg_es.properties but not in SiteMessages"),
                problems(SiteMessages.class, "msg", spanish));
    }

    static List<String> problems(Class<?> bundle, String name, Properties spanish) {
        List<String> problems = new ArrayList<>();
        english(bundle).forEach((key, text) -> {
            if (text.isBlank()) {
                problems.add(name + ":" + key + " has no English text");
            }
            String es = spanish.getProperty(key);
            if (es == null || es.isBlank()) {
                problems.add(name + ":" + key + " is missing from " + name + "_es.properties");
            } else if (!parameters(text).equals(parameters(es))) {
                problems.add(name + ":" + key + " uses " + parameters(es) + " in Spanish but " + parameters(text) + " in English");
            }
        });
        for (String key : new TreeSet<>(spanish.stringPropertyNames())) {
            if (!english(bundle).containsKey(key)) {
                problems.add(name + ":" + key + " is in " + name + "_es.properties but not in " + bundle.getSimpleName());
            }
        }
        return problems;
    }

    @Test
    void everyFlashKeyHasItsWords() {
        Set<String> methods = new TreeSet<>();
        for (Method m : SiteMessages.class.getMethods()) {
            methods.add(m.getName());
        }
        for (String key : Flash.MESSAGES) {
            assertTrue(methods.contains("flash_" + key.replace('-', '_')), "SiteMessages has no words for flash key " + key);
        }
    }

    static List<Class<?>> bundles() throws IOException, ClassNotFoundException {
        Path classes = Path.of("target/classes");
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith("Messages.class")).toList()) {
                String className = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(className);
                if (type.isAnnotationPresent(MessageBundle.class)) {
                    found.add(type);
                }
            }
        }
        return found;
    }

    /** Key to English text, as Qute reads the interface: the method name unless @Message names a key. */
    static Map<String, String> english(Class<?> bundle) {
        Map<String, String> messages = new TreeMap<>();
        for (Method method : bundle.getDeclaredMethods()) {
            Message message = method.getAnnotation(Message.class);
            String key = message == null || message.key().startsWith("<<") ? method.getName() : message.key();
            messages.put(key, message == null || message.value().startsWith("<<") ? "" : message.value());
        }
        return messages;
    }

    static Properties spanish(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages/" + name + "_es.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    static Set<String> parameters(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
